"""Executes one notebook with Jupyter's nbclient and its own kernel (tslab), headlessly.

    python3 scripts/execute.py NOTEBOOK.ipynb [--output OUT.ipynb] [--timeout SECONDS]

Runs every cell in order in the notebook's own folder, so that tslab resolves the workspace's
packages from notebooks/node_modules. Writes the executed notebook to OUT (default: in place)
and prints one JSON line: {"notebook": ..., "seconds": ...}.

Fails (exit 1, and writes nothing) when a cell fails — tslab reports type errors and thrown
errors with status "error" and an empty ename, so the cell's stderr is printed instead — and
when any cell writes to stderr: a notebook that warns is not a clean notebook. A failure names
the cell as Jupyter shows it — its position from 1 and its execution count, "cell 3 (In [2])" —
and prints the offending line with its number and a caret under the column: from tslab's type
errors ("2:7 - Type ..."), or from the first frame of a thrown error's stack in a cell
("at f (In [2]:3:11)", as the project's kernel writes it).
Cell timing metadata is not recorded, so re-executing gives the same file.
"""

import argparse
import json
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def stderr_of(cell):
    return "".join(
        output.get("text", "")
        for output in cell.get("outputs", [])
        if output.get("output_type") == "stream" and output.get("name") == "stderr"
    )


# A type error as tslab prints it ("2:7 - Type 'string' is not assignable ..."), and a stack
# frame in a cell as the project's kernel prints it ("at f (In [2]:3:11)").
DIAGNOSTIC = re.compile(r"^(\d+):(\d+) - ", re.MULTILINE)
CELL_FRAME = re.compile(r"\bIn \[(\d+)\]:(\d+):(\d+)")


def name(notebook, cell):
    """A cell as Jupyter shows it: its position from 1, and its execution count if it ran."""
    index = notebook.cells.index(cell) + 1
    count = cell.get("execution_count")
    return f"cell {index}" + (f" (In [{count}])" if count is not None else "")


def excerpt(cell, line, column):
    """The line `line` of the cell with its number, and a caret under `column` (both from 1)."""
    lines = cell.source.split("\n")
    if not 1 <= line <= len(lines):
        return ""
    gutter = f"{line:>4} | "
    return f"{gutter}{lines[line - 1]}\n{' ' * (len(gutter) + column - 1)}^\n"


def offending_line(notebook, cell, stderr):
    """Where the error is: (the cell, line, column) of the first type error or stack frame in a cell."""
    diagnostic = DIAGNOSTIC.search(stderr)
    if diagnostic:
        return cell, int(diagnostic[1]), int(diagnostic[2])
    frame = CELL_FRAME.search(stderr)
    if frame:
        count = int(frame[1])
        ran = [c for c in notebook.cells if c.get("execution_count") == count]
        if ran:
            return ran[0], int(frame[2]), int(frame[3])
    return None


def describe(notebook, cell):
    stderr = stderr_of(cell)
    where = offending_line(notebook, cell, stderr)
    if where is None:
        return f"{name(notebook, cell)}:\n{stderr}"
    at, line, column = where
    place = "" if at is cell else f" {name(notebook, at)},"
    # The project's kernel already shows the line under a thrown error's stack.
    shown = f"In [{at.get('execution_count')}], line {line}:" in stderr
    return f"{name(notebook, cell)},{place} line {line}:\n{'' if shown else excerpt(at, line, column)}{stderr}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("notebook")
    parser.add_argument("--output")
    parser.add_argument("--timeout", type=int, default=60, help="seconds per cell")
    args = parser.parse_args()

    notebook = nbformat.read(args.notebook, as_version=4)
    folder = os.path.dirname(os.path.abspath(args.notebook))
    failed = []
    client = NotebookClient(
        notebook,
        timeout=args.timeout,
        record_timing=False,
        resources={"metadata": {"path": folder}},
        on_cell_error=lambda cell, cell_index, execute_reply: failed.append(cell),
    )
    started = time.monotonic()
    try:
        client.execute()
    except CellExecutionError as error:
        where = describe(notebook, failed[0]) if failed else str(error)
        print(f"{args.notebook}: error in {where}", file=sys.stderr)
        return 1
    seconds = time.monotonic() - started

    for cell in notebook.cells:
        if stderr_of(cell):
            print(f"{args.notebook}: output on stderr in {describe(notebook, cell)}", file=sys.stderr)
            return 1

    nbformat.write(notebook, args.output or args.notebook)
    print(json.dumps({"notebook": os.path.basename(args.notebook), "seconds": round(seconds, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
