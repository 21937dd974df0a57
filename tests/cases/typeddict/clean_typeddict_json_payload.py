# A JSON-like API payload typed with TypedDicts: building, reading and transforming it.
import json
from typing import Literal, NotRequired, TypedDict


class Author(TypedDict):
    id: int
    login: str


class Comment(TypedDict):
    id: int
    body: str
    author: Author
    edited: NotRequired[bool]


class IssuePayload(TypedDict):
    number: int
    state: Literal["open", "closed"]
    labels: list[str]
    comments: list[Comment]


def make_comment(comment_id: int, body: str, login: str) -> Comment:
    return {"id": comment_id, "body": body, "author": {"id": comment_id * 10, "login": login}}


def summarize(issue: IssuePayload) -> dict[str, int]:
    per_author: dict[str, int] = {}
    for comment in issue["comments"]:
        login = comment["author"]["login"]
        per_author[login] = per_author.get(login, 0) + 1
    return per_author


def edited_bodies(issue: IssuePayload) -> list[str]:
    return [c["body"] for c in issue["comments"] if c.get("edited", False)]


def close(issue: IssuePayload) -> IssuePayload:
    closed = issue.copy()
    closed["state"] = "closed"
    closed["labels"] = [*issue["labels"], "resolved"]
    return closed


issue: IssuePayload = {
    "number": 42,
    "state": "open",
    "labels": ["bug"],
    "comments": [make_comment(1, "Crashes on start", "ana"), make_comment(2, "Same here", "bo")],
}
print(json.dumps(close(issue)), summarize(issue), edited_bodies(issue))
