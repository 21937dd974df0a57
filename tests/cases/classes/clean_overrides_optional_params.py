# Overrides may make arguments optional, accept more keywords, or return subtypes.
from typing import Any


class Exporter:
    def export(self, data: dict[str, int], target: str) -> bool:
        return True

    def close(self) -> None:
        pass


class FileExporter(Exporter):
    def export(
        self, data: dict[str, int], target: str = "out.txt", **options: Any
    ) -> bool:
        return bool(data) and bool(target)

    def close(self, force: bool = False) -> None:
        pass


class NullExporter(FileExporter):
    def export(self, *args: Any, **kwargs: Any) -> bool:
        return False


for exporter in [Exporter(), FileExporter(), NullExporter()]:
    exporter.export({"a": 1}, "x.txt")
    exporter.close()
