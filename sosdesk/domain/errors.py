"""Errors a user can cause, carrying every problem found (not only the first)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad field: where it is (``beneficiaries[3].phone``) and what is wrong, in French."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path} : {self.message}" if self.path else self.message


class InputError(Exception):
    """Bad input: nothing was written. Carries every problem found."""

    def __init__(self, problems: list[Problem] | str, path: str = "") -> None:
        if isinstance(problems, str):
            problems = [Problem(path, problems)]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class ProblemList:
    """Collects problems while validating, then raises them all at once."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise InputError(self.problems)

    def __bool__(self) -> bool:
        return bool(self.problems)
