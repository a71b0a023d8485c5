"""What a hostile world sends us: values for every request parameter, and article/event records carrying
markup, quotes, formulas and control characters in every field the site shows.

Markup payloads use marker names no page ever contains (`xss-probe` elements, `data-xss` / `onxss`
attributes), so a checker can tell an unescaped field from the site's own markup with certainty.
"""

from __future__ import annotations

# Values for any request parameter, path or query: SQL, FTS5 and tsquery syntax, traversal, numbers out of
# range, dates that are no dates, control characters, very long and odd Unicode.
PARAMETER_VALUES = [
    # SQL
    "' OR '1'='1", "1; DROP TABLE event; --", "\") OR 1=1 --", "' UNION SELECT NULL, NULL --", "%' AND 1=1 --",
    "\\", "'", "\"", "`", "1' AND SLEEP(1) --", "$$; SELECT pg_sleep(1); $$", "_%", "%", "[a-z]*",
    # FTS5 and tsquery syntax
    "NEAR(a b, 2)", "a AND", "OR", "NOT", "\"unterminated", "*", "***", "^awal", "body:lantik",
    "{body stems}: x", "a OR", "(", ")", "()", "-", "--", "- -", "a NOT b", ":*", "'a':*", "!a", "a & b | !c",
    "<->", "a:AB", "a <-> b", "x*y", "\"\"", "-lantik", "-\"frasa\"", "lantik -lantik", "a OR -b",
    # traversal
    "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f", "....//", "/", ".", "..",
    # numbers and dates
    "-1", "0", "99999999999999999999999", "1e309", "NaN", "0x10", "\u0663", "2024-13-45", "0000-00-00",
    "9999-12-31", "10000-01-01", "2024-02-30", "+2024",
    # control characters, Unicode
    "\x00", "a\x00b", "\x1f\x7f", "\r\nX-Injected: 1", "\u202egnp.exe", "\ufeff", "e\u0301", "\ud83d\ude00",
    "\ufffd", "a" * 600,
    # markup
    "<script>alert(1)</script>", "\"><xss-probe>", "javascript:alert(1)",
]

# Markup that must come out as text wherever a stored field is shown.
SCRIPT = "<script>alert('xss-probe')</script>"
ELEMENT = "<xss-probe data-xss=1>"
QUOTE_BREAK = "\" data-xss=\"1"
SINGLE_QUOTE_BREAK = "' onxss='1"
FORMULA = "=HYPERLINK(\"http://evil.test\",\"klik\")"


def hostile(label: str) -> str:
    """A field value carrying every payload, with a readable label to find it by on the page."""
    return f"{label} {SCRIPT} {ELEMENT} {QUOTE_BREAK} {SINGLE_QUOTE_BREAK} \x00\x1b[31m{label}"


def articles() -> list[dict]:
    text = ("Bupati Kendal menandatangani perjanjian kinerja bersama kepala dinas di pendopo. "
            + hostile("teksartikel") + " Pejabat yang dilantik diminta bekerja dengan integritas. " * 3)
    return [
        {"id": "hostile-1", "url": "javascript:alert('xss-probe')", "canonical_url": "javascript:alert(1)",
         "source": hostile("sumber"), "title": hostile("judulartikel"), "author": hostile("penulis"),
         "published": "2024-02-01", "text": text},
        {"id": "hostile-2", "url": "https://contoh.test/berita?a=1&b=\"><xss-probe>",
         "source": "contoh.test", "title": FORMULA, "published": "2024-02-02",
         "text": "Wali Kota Semarang melantik 12 pejabat administrator. " + hostile("teksdua")},
        {"id": "hostile-\"'<3>", "url": "data:text/html,<xss-probe>", "source": "=cmd|' /C calc'!A0",
         "title": "@SUM(1+1)*cmd|' /C calc'!A0", "published": "2024-02-03",
         "text": "Indeks SPBE Kabupaten Kendal mencapai 3,1. " + hostile("tekstiga")},
    ]


def events() -> list[dict]:
    person = {"name": hostile("namaorang"), "role": hostile("jabatan")}
    return [
        {"article_id": "hostile-1", "type": "agreement_signing", "regency": {"code": "33.24", "name": hostile("wilayah")},
         "date": "2024-02-01", "venue": hostile("tempat"), "people": [person],
         "evidence": hostile("buktisatu"), "agreement_kind": "perjanjian_kinerja",
         "agreement_title": hostile("judulperjanjian"), "agreement_year": 2024, "parties": [hostile("pihak"), FORMULA]},
        {"article_id": "hostile-2", "type": "inauguration", "regency": {"code": "33.74", "name": "Kota Semarang"},
         "date": "2024-02-02", "venue": FORMULA, "people": [{"name": "+62 811 000", "role": "-pejabat"}],
         "evidence": FORMULA + " " + hostile("buktidua"), "officials_count": 12,
         "positions": [hostile("posisi")], "inaugurated_by": {"name": hostile("pelantik"), "role": "@wali"}},
        {"article_id": "hostile-\"'<3>", "type": "index_report", "regency": {"code": "33.24", "name": "Kabupaten Kendal"},
         "date": "2024-02-03", "venue": None, "people": [], "evidence": hostile("buktitiga"),
         "index": "spbe", "index_label": hostile("labelindeks"), "value": "=1+1", "value_number": 3.1, "year": 2023,
         "predicate": hostile("predikat")},
    ]


# Labels of the fields above that pages show (each must appear, as text, where the field is shown).
SHOWN_ON_EVENT_PAGE = ("buktisatu", "tempat", "namaorang", "jabatan", "judulperjanjian", "judulartikel", "teksartikel")
