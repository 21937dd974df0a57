# collections.namedtuple classes: fields are Any, defaults fill the last fields.
import collections
from collections import namedtuple

Employee = namedtuple("Employee", "name department salary")
Config = collections.namedtuple("Config", ["host", "port", "debug"], defaults=[8080, False])


def payroll(staff: list[Employee]) -> int:
    return sum(person.salary for person in staff)


def by_department(staff: list[Employee]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for name, department, _ in staff:
        groups.setdefault(department, []).append(name)
    return groups


def address(config: Config) -> str:
    return f"{config.host}:{config.port}"


team = [Employee("Ada", "research", 120), Employee(name="Alan", department="math", salary=110)]
local = Config("localhost")
print(payroll(team), by_department(team), address(local), address(Config("example.org", 443, True)))
print(team[0]._replace(salary=130), local._asdict())
