"""Located problems, collected into one report instead of stopping at the first."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    path: str  # the file (or folder) at fault, as the user named it
    line: int | None  # 1-based line, where it helps
    code: str  # stable, documented error code, e.g. "seed.no-header"
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message} [{self.code}]"


class InputError(Exception):
    """The input cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[InputError], tuple[list[Problem]]]:
        # Raised on a worker, it travels back to the build as itself, problems and all.
        return InputError, (self.problems,)
