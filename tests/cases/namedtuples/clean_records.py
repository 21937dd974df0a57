# Named tuples as lightweight records: built, read, sorted and unpacked.
from typing import NamedTuple, Optional


class Employee(NamedTuple):
    name: str
    department: str
    salary: float
    manager: Optional[str] = None


staff = [
    Employee("ann", "eng", 120.0),
    Employee("bob", "ops", 90.5, manager="ann"),
    Employee(name="cy", department="eng", salary=100),
]
by_salary = sorted(staff, key=lambda e: e.salary, reverse=True)
top = by_salary[0]
name, department, salary, manager = top
total: float = sum(e.salary for e in staff)
engineers = [e.name.title() for e in staff if e.department == "eng"]
if top.manager is not None:
    print(top.manager.upper())
print(name, department, salary + 1, manager, total, engineers)
