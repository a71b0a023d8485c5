"""The API documentation page works offline: every script and stylesheet it names is served by the site
itself (from the installed fastapi-offline package), and its CSP allows nothing else. Chromium renders it
in tests/browser."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tests.support.html import fetch_page


def test_docs_page_loads_only_assets_the_site_serves(site):
    page = fetch_page(site.client, "/docs")
    assets = page.css("script::attr(src)").getall() + page.css("link[rel=stylesheet]::attr(href)").getall()
    assert len(assets) == 4, assets
    for url in assets:
        assert not urlsplit(url).netloc, f"{url} is not on this site"
        response = site.client.get(url)
        assert response.status_code == 200 and len(response.content) > 100, url
    bundle = site.client.get(next(u for u in assets if u.endswith("swagger-ui-bundle.js")))
    assert "SwaggerUIBundle" in bundle.text
    assert page.css("#swagger-ui::attr(data-openapi-url)").get() == "/openapi.json"


def test_docs_csp_allows_scripts_and_styles_from_the_site_only(site):
    policy = site.client.get("/docs").headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["default-src"] == "'none'" and "unsafe" not in policy and "http" not in policy


def test_redoc_leads_to_the_docs_page(site):
    response = site.client.get("/redoc", follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"] == "/docs"


def test_the_api_is_described_in_indonesian(site):
    """What /docs shows a reader (the API's description, each operation's summary and group, each parameter's
    description, the response models' descriptions) is Indonesian, like the rest of the site."""
    schema = site.client.get("/openapi.json").json()
    said = [schema["info"]["description"]]
    for operations in schema["paths"].values():
        for operation in operations.values():
            said += [operation["summary"], *operation.get("tags", [])]
            said += [p["description"] for p in operation.get("parameters", []) if p.get("description")]
    for model in schema["components"]["schemas"].values():
        said += [model.get("description", "")] + [f.get("description", "") for f in model.get("properties", {}).values()]
    assert len(said) > 20
    english = [text for text in said if re.search(r"\b(the|of|and|every|with|one|events?|search|exports?)\b", text, re.I)]
    assert not english, english
