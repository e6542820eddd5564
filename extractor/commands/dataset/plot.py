"""A picture of a trade series (``newsfacts series --plot FILE.png``): one panel per metric,
each figure a horizontal bar over its period at the height of its amount, so a
cumulative Jan-Sept figure and a yearly one read as what they are. Conflicting figures
are drawn each, in red. Needs matplotlib (``pip install 'newsfacts[plot]'``)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .series import SeriesRow


class PlotUnavailable(Exception):
    """matplotlib is not installed."""


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise PlotUnavailable("--plot needs matplotlib, an optional extra: pip install 'newsfacts[plot]'") from None
    matplotlib.use("Agg")  # files only: no display needed, none opened
    import matplotlib.pyplot as plt

    return plt


def plottable(rows: list[SeriesRow]) -> list[SeriesRow]:
    """The rows a chart can show: an amount and a whole period."""
    return [r for r in rows if r.figures and r.period_start and r.period_end]


def plot_series(rows: list[SeriesRow], out: str | Path, title: str) -> int:
    """Draw ``rows`` into ``out`` (PNG, SVG or PDF by its suffix); returns how many rows
    were drawn (rows without an amount or a period cannot be)."""
    plt = _pyplot()
    shown = plottable(rows)
    metrics = list(dict.fromkeys(r.metric for r in shown)) or ["(no figures)"]
    fig, axes = plt.subplots(len(metrics), 1, figsize=(9, 2.6 * len(metrics) + 0.6), squeeze=False, sharex=True)
    for ax, metric in zip(axes[:, 0], metrics):
        currencies = set()
        for row in (r for r in shown if r.metric == metric):
            start, end = date.fromisoformat(row.period_start), date.fromisoformat(row.period_end)
            colour = "tab:red" if row.conflict else "tab:blue"
            for amount, currency in row.figures:
                currencies.add(currency or "?")
                ax.hlines(amount, start, end, colors=colour, linewidth=3)
                ax.plot([end], [amount], "o", color=colour, markersize=4)
                ax.annotate(f"{amount / 1e6:,.1f}M", (end, amount), textcoords="offset points", xytext=(4, 2),
                            fontsize=7, color=colour)
        ax.set_ylabel(f"{metric} ({', '.join(sorted(currencies)) or '-'})")
        ax.grid(True, alpha=0.3)
        ax.set_ylim(bottom=0)
    axes[0, 0].set_title(title + ("" if not any(r.conflict for r in shown) else "  (red: conflicting figures)"))
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
    return len(shown)
