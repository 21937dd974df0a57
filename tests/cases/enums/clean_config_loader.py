# A configuration loader: nested dataclasses built from parsed mappings, enum options.
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, Mapping


class LogLevel(str, Enum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"


@dataclass(frozen=True)
class Database:
    host: str = "localhost"
    port: int = 5432
    options: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Settings:
    name: str
    level: LogLevel = LogLevel.INFO
    database: Database = field(default_factory=Database)
    plugins: list[str] = field(default_factory=list)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> "Settings":
        database = Database(**raw.get("database", {}))
        level = LogLevel(raw.get("level", "info"))
        return cls(raw["name"], level, database, list(raw.get("plugins", [])))

    def describe(self) -> str:
        return f"{self.name} at {self.database.host}:{self.database.port} ({self.level.value})"


settings = Settings.from_mapping({"name": "app", "database": {"port": 6543}})
dumped: dict[str, Any] = asdict(settings)
verbose = settings.level is LogLevel.DEBUG or settings.level == LogLevel.INFO
print(settings.describe(), dumped["name"], verbose, settings.level.upper())
