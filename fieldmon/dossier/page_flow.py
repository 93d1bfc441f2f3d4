"""How the story flows over pages: a heading is never left at the bottom of a page without the
start of what follows it.

reportlab groups a flowable marked ``keepWithNext`` (headings, and paragraphs whose style says
so) with the next one in a ``KeepTogether``. That left two faults. A ``KeepTogether`` may not
hold another container, so a heading followed by a block kept together (an act's title and
particulars, a statement's mark and text) was grouped with nothing and could end a page. And a
``KeepTogether`` taller than the space left always moves to the next page, so a heading before
a long table left most of a page blank. :class:`KeepWithNext` keeps the headings with the
*start* of what follows: they stay on this page when the first lines (or first rows) of what
follows fit after them, and move to the next page with it otherwise.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import ActionFlowable, BaseDocTemplate, Flowable, KeepTogether
from reportlab.platypus.doctemplate import FrameBreak, NullActionFlowable
from reportlab.platypus.flowables import _ContainerSpace


def _marker(flowable: Flowable) -> bool:
    """A marker that takes no space (a page-number definition), marked ``fm_marker``."""
    return bool(getattr(flowable, "fm_marker", False))


def _leads(flowable: Flowable) -> bool:
    """Whether a flowable is kept with what follows it: a heading, or a paragraph whose style
    says so."""
    return bool(flowable.getKeepWithNext()) and not isinstance(
        flowable, (ActionFlowable, _ContainerSpace)
    )


def start_fits(flowable: Flowable, width: float, room: float, canvas: Any) -> bool:
    """Whether the start of a flowable fits in the room left: all of it, or the first part
    reportlab would split off (two lines of a paragraph at least, as paragraphs allow no
    orphan line; the first rows of a table); a block kept together only whole.

    :param flowable: what follows the headings.
    :param width: the frame's width in points.
    :param room: the height left in points.
    :param canvas: the canvas being drawn on (reportlab measures some flowables with it).
    :return: True if it can start in that room.
    """
    if room <= 0:
        return False
    if isinstance(flowable, KeepTogether):
        flowable.wrapOn(canvas, width, room)
        return bool(room >= flowable._H)
    if isinstance(flowable, ActionFlowable):
        return True
    before = flowable.getSpaceBefore()
    _, height = flowable.wrapOn(canvas, width, room - before)
    if height + before <= room:
        return True
    parts = flowable.splitOn(canvas, width, room - before)
    return bool(parts) and not isinstance(parts[0], ActionFlowable)


class KeepWithNext(KeepTogether):
    """Headings (and zero-size markers between them) followed by what they introduce: kept on
    this page when the start of what follows fits after them (:func:`start_fits`), moved to the
    next page with it otherwise. At the top of a page nothing moves (that would loop).

    :param flowables: the headings, then the flowable they introduce (last).
    """

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """reportlab's splitting call: the content, after a frame break where the start of
        what follows would not fit under the headings.

        :param available_width: in points.
        :param available_height: in points.
        :return: the flowables to lay out in place of this one.
        """
        content: list[Flowable] = list(self._content)
        frame: Any = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        # Laid out again from the list (a null action first), as reportlab's KeepTogether
        # does: the document template would refuse a first part that does not fit whole.
        kept: list[Flowable] = [NullActionFlowable(), *content]
        if at_top or len(content) < 2 or _leads(content[-1]):
            return kept
        used = 0.0
        for head in content[:-1]:
            _, height = head.wrapOn(self.canv, available_width, available_height)
            used += height + head.getSpaceBefore() + head.getSpaceAfter()
        if start_fits(content[-1], available_width, available_height - used, self.canv):
            return kept
        return [FrameBreak(), *content]


class DossierDocTemplate(BaseDocTemplate):
    """reportlab's document template, with headings kept with the start of what follows them
    (:class:`KeepWithNext`), whatever follows: a paragraph, a table, or a block kept
    together."""

    keepTogetherClass = KeepWithNext

    def handle_keepWithNext(self, flowables: list[Flowable]) -> None:
        """Group the leading headings (with markers between them) and the flowable after them.

        :param flowables: the story still to lay out; changed in place.
        """
        count = 0
        while count < len(flowables) and (
            _leads(flowables[count]) or (count > 0 and _marker(flowables[count]))
        ):
            count += 1
        if not count:
            return
        if count == len(flowables):
            # Nothing follows (the story ends with a heading): nothing to keep them with.
            # Grouped, the last would still lead, and the template would group it forever.
            for flowable in flowables:
                flowable.__dict__["keepWithNext"] = 0
            return
        if not isinstance(flowables[count], ActionFlowable):
            count += 1
        group = KeepWithNext(flowables[:count])
        for flowable in group._content[:-1]:
            flowable.__dict__["keepWithNext"] = 0
        del flowables[:count]
        flowables.insert(0, group)
