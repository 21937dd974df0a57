# Nested TypedDicts: displays checked level by level, reads through subscripts and .get.
from typing import NotRequired, TypedDict


class Coordinates(TypedDict):
    lat: float
    lon: float


class Address(TypedDict):
    street: str
    city: str
    location: NotRequired[Coordinates]


class Customer(TypedDict):
    name: str
    address: Address
    previous: NotRequired[list[Address]]


def city_of(customer: Customer) -> str:
    return customer["address"]["city"]


def distance_hint(customer: Customer) -> float | None:
    location = customer["address"].get("location")
    if location is None:
        return None
    return abs(location["lat"]) + abs(location["lon"])


def moved_count(customer: Customer) -> int:
    return len(customer.get("previous", []))


def relocate(customer: Customer, street: str, city: str) -> None:
    old = customer["address"]
    customer.setdefault("previous", []).append(old)
    customer["address"] = {"street": street, "city": city}


alice: Customer = {
    "name": "Alice",
    "address": {
        "street": "1 Main St",
        "city": "Springfield",
        "location": {"lat": 39.8, "lon": -89.6},
    },
}
relocate(alice, "9 Elm St", "Shelbyville")
print(city_of(alice), distance_hint(alice), moved_count(alice))
