# TypedDict .get results used wrongly: Optional results, defaults widening the type.
from typing import NotRequired, TypedDict


class Employee(TypedDict):
    name: str
    salary: int
    manager: NotRequired[str]
    bonus: NotRequired[int]


def manager_initial(employee: Employee) -> str:
    return employee.get("manager")[0]  # E: Value of type "str | None" is not indexable  [index]


def total_pay(employee: Employee) -> int:
    return employee["salary"] + employee.get("bonus")  # E: Unsupported operand types for + ("int" and "None")  [operator]  # N: Right operand is of type "int | None"


def bonus_label(employee: Employee) -> str:
    label: str = employee.get("bonus", "none")  # E: Incompatible types in assignment (expression has type "int | str", variable has type "str")  [assignment]
    return label


def raise_for(employee: Employee) -> int:
    bonus: int = employee.get("bonus", 0)
    return employee.get("salary") // 10 + bonus


def unknown_field(employee: Employee, field: str) -> int:
    return employee.get(field)  # E: Incompatible return value type (got "object", expected "int")  [return-value]


def missing_key(employee: Employee) -> str:
    return employee.get("department")  # E: Incompatible return value type (got "object", expected "str")  [return-value]
