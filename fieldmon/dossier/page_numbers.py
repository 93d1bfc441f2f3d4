"""Page numbers known only later: the total, the first page of each annex. Each is a form
XObject (ISO 32000-2, 8.10) referenced where the number is printed and defined once the page is
laid out: one pass of layout."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from fieldmon.dossier.fonts import SANS


class PageNumberOf(Flowable):
    """Draws a page number that is only known later (a form defined elsewhere).

    :param form: the name of the form a :class:`DefinePageNumber` defines.
    """

    def __init__(self, form: str) -> None:
        super().__init__()
        self.form = form

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """reportlab's measuring call.

        :param available_width: in points (unused).
        :param available_height: in points (unused).
        :return: (12 mm, 10 pt) in points, whatever the space.
        """
        return 12 * mm, 10

    def draw(self) -> None:
        """Draw the form, whose content is defined when its page is laid out."""
        self.canv.doForm(self.form)


class DefinePageNumber(Flowable):
    """Defines the form PageNumberOf(name) shows: the page this flowable lands on.

    :param form: the form's name.
    """

    fm_marker = True
    """Takes no space: kept with the heading before it (:mod:`fieldmon.dossier.page_flow`)."""

    def __init__(self, form: str) -> None:
        super().__init__()
        self.form = form

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """reportlab's measuring call: takes no space.

        :param available_width: in points (unused).
        :param available_height: in points (unused).
        :return: (0, 0).
        """
        return 0, 0

    def draw(self) -> None:
        """Define the form as the number of the page being drawn."""
        define_number_form(self.canv, self.form, self.canv.getPageNumber())


def define_number_form(canvas: Canvas, name: str, number: int) -> None:
    """Define a form XObject (ISO 32000-2, 8.10) that draws a page number in 8.5 pt.

    :param canvas: the canvas of the document.
    :param name: the form's name.
    :param number: the page number it shows.
    """
    canvas.beginForm(name)
    canvas.setFont(SANS, 8.5)
    canvas.drawString(0, 2, str(number))
    canvas.endForm()
