# logging: loggers, handlers and formatters as applications set them up; the
# message may be any object with %-style arguments, and handlers and filters
# can be subclassed.
import logging
import logging.handlers
import sys

log = logging.getLogger(__name__)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f'{{"level": "{record.levelname}", "msg": "{record.getMessage()}"}}'


class ListHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def setup(verbose: bool) -> logging.Logger:
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    handler.setLevel("WARNING")
    log.addHandler(handler)
    log.addHandler(logging.NullHandler())
    log.propagate = False
    return log


def work(items: list[int]) -> None:
    log.info("processing %d items", len(items))
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("failed on %s", items)
    log.warning("slow", extra={"elapsed": 1.5}, stacklevel=2)
    if log.isEnabledFor(logging.DEBUG):
        log.debug({"items": items})


reveal_type(log)  # N: Revealed type is "logging.Logger"
reveal_type(log.level)  # N: Revealed type is "int"
child = log.getChild("db")
child.setLevel(logging.ERROR)
file_handler = logging.FileHandler("app.log", encoding="utf-8")
rotating = logging.handlers.RotatingFileHandler("app.log", maxBytes=1024, backupCount=3)
logging.warning("module-level %s", "call")
logging.log(logging.INFO, "at level")
logging.getLogger().handlers.clear()
work([1])
print(setup(True), file_handler.baseFilename, rotating, logging.getLevelName(logging.INFO))
