"""Options and helpers shared by the commands (as sqlite-utils shares ``output_options``)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kg.errors import KgError, QueryError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
F = TypeVar("F", bound=Callable[..., Any])


class QuerySyntaxError(click.ClickException):
    """A malformed query is a usage error: exit 2."""

    exit_code = 2


def store_option(f: F) -> F:
    return click.option(
        "--store", "-s", envvar="KG_STORE", default="kg-store", show_default=True,
        help="Graph store: a folder, or a SPARQL endpoint URL such as sparql+http://host:port/sparql (env KG_STORE).",
    )(f)


def model_option(f: F) -> F:
    return click.option(
        "--model", "-m", default=None, metavar="NAME",
        help="An installed spaCy pipeline (e.g. de_core_news_lg) or its folder, under kg's components. Default: kg's own German pipeline.",
    )(f)


def silent_option(f: F) -> F:
    return click.option("--silent", "-q", is_flag=True, help="No progress bar or summary.")(f)


def reports_errors(f: F) -> F:
    """Turn kg's typed errors into one clean line and the right exit code."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        logging.basicConfig(format="Warning: %(message)s", level=logging.WARNING)
        try:
            return f(*args, **kwargs)
        except QueryError as e:
            if "syntax error" in e.reason.lower():
                raise QuerySyntaxError(str(e)) from e
            raise click.ClickException(str(e)) from e
        except KgError as e:
            raise click.ClickException(str(e)) from e

    return wrapper  # type: ignore[return-value]
