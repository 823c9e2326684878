"""A minimal PDF writer for tests: text in Helvetica (regular and bold), ruled rectangles, an image,
and an optional outline, so that PDF reading is tested without a PDF library as a dependency.

Coordinates are given from the top of an A4 page, as a reader sees it; text is encoded in WinAnsi
(cp1252), which covers Finnish letters, the euro sign and typographic quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PAGE_WIDTH, PAGE_HEIGHT = 595, 842


@dataclass
class Page:
    """Drawing operations of one page, added in any order."""

    ops: list[str] = field(default_factory=list)
    has_image: bool = False

    def text(self, x: float, top: float, text: str, size: float = 11, bold: bool = False) -> Page:
        font = "F2" if bold else "F1"
        escaped = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1")
        baseline = PAGE_HEIGHT - top - size
        self.ops.append(f"BT /{font} {size} Tf {x} {baseline} Td ({escaped}) Tj ET")
        return self

    def rect(self, x: float, top: float, width: float, height: float) -> Page:
        self.ops.append(f"0.5 w {x} {PAGE_HEIGHT - top - height} {width} {height} re S")
        return self

    def image(self) -> Page:
        """A grey picture over the page, as a scanner makes (and no text)."""
        self.has_image = True
        self.ops.append("q 500 0 0 700 40 70 cm /Im1 Do Q")
        return self


def pdf_bytes(pages: list[Page], outline: list[tuple[int, str]] = (), locked: bool = False) -> bytes:
    """A complete PDF file; `outline` is (level, title) bookmarks, level 1 at the top; `locked`
    adds standard encryption whose user password is not empty, so the file cannot be opened."""
    objects: dict[int, bytes] = {
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        5: b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\xc0\xc0\x80\nendstream",
    }
    kids = []
    number = 6
    for page in pages:
        content = "\n".join(page.ops).encode("latin-1")
        objects[number + 1] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        xobject = b" /XObject << /Im1 5 0 R >>" if page.has_image else b""
        objects[number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >>%s >> >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, number + 1, xobject)
        )
        kids.append(number)
        number += 2
    catalog = b"<< /Type /Catalog /Pages 2 0 R"
    if outline:
        catalog += b" /Outlines %d 0 R" % number
        number = _outline(objects, number, outline, kids[0])
    objects[1] = catalog + b" >>"
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for key in sorted(objects):
        offsets[key] = len(out)
        out += b"%d 0 obj\n" % key + objects[key] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for key in range(1, size):
        out += b"%010d 00000 n \n" % offsets[key] if key in offsets else b"0000000000 65535 f \n"
    lock = b" /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <%s> /U <%s> >> /ID [<%s> <%s>]" % (b"ab" * 32, b"cd" * 32, b"01" * 16, b"01" * 16)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (size, lock if locked else b"", xref)
    return bytes(out)


def _outline(objects: dict[int, bytes], root: int, entries: list[tuple[int, str]], page: int) -> int:
    """Bookmark objects for (level, title) entries, nested by level; returns the next free number."""
    numbers = list(range(root + 1, root + 1 + len(entries)))
    parents: dict[int, int] = {}
    children: dict[int, list[int]] = {root: []}
    stack: list[tuple[int, int]] = [(0, root)]
    for number, (level, _title) in zip(numbers, entries):
        while stack[-1][0] >= level:
            stack.pop()
        parents[number] = stack[-1][1]
        children.setdefault(stack[-1][1], []).append(number)
        children[number] = []
        stack.append((level, number))
    for number, (_level, title) in zip(numbers, entries):
        siblings = children[parents[number]]
        i = siblings.index(number)
        links = b" /Parent %d 0 R" % parents[number]
        links += b" /Prev %d 0 R" % siblings[i - 1] if i > 0 else b""
        links += b" /Next %d 0 R" % siblings[i + 1] if i + 1 < len(siblings) else b""
        if children[number]:
            links += b" /First %d 0 R /Last %d 0 R /Count %d" % (children[number][0], children[number][-1], len(children[number]))
        escaped = title.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
        objects[number] = b"<< /Title (" + escaped + b")" + links + b" /Dest [%d 0 R /Fit] >>" % page
    top = children[root]
    objects[root] = b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (top[0], top[-1], len(top))
    return root + 1 + len(entries)
