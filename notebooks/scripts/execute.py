"""Executes one notebook with Jupyter's nbclient and its own kernel (tslab), headlessly.

    python3 scripts/execute.py NOTEBOOK.ipynb [--output OUT.ipynb] [--timeout SECONDS]

Runs every cell in order in the notebook's own folder, so that tslab resolves the workspace's
packages from notebooks/node_modules. Writes the executed notebook to OUT (default: in place)
and prints one JSON line: {"notebook": ..., "seconds": ...}.

Fails (exit 1, and writes nothing) when a cell fails — tslab reports type errors and thrown
errors with status "error" and an empty ename, so the cell's stderr is printed instead — and
when any cell writes to stderr: a notebook that warns is not a clean notebook.
Cell timing metadata is not recorded, so re-executing gives the same file.
"""

import argparse
import json
import os
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


def describe(index, cell):
    source = cell.source if len(cell.source) < 400 else cell.source[:400] + " …"
    return f"cell {index}:\n{source}\n--- stderr ---\n{stderr_of(cell)}"


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
        on_cell_error=lambda cell, cell_index, execute_reply: failed.append((cell_index, cell)),
    )
    started = time.monotonic()
    try:
        client.execute()
    except CellExecutionError as error:
        where = describe(*failed[0]) if failed else str(error)
        print(f"{args.notebook}: error in {where}", file=sys.stderr)
        return 1
    seconds = time.monotonic() - started

    for index, cell in enumerate(notebook.cells):
        if stderr_of(cell):
            print(f"{args.notebook}: output on stderr in {describe(index, cell)}", file=sys.stderr)
            return 1

    nbformat.write(notebook, args.output or args.notebook)
    print(json.dumps({"notebook": os.path.basename(args.notebook), "seconds": round(seconds, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
