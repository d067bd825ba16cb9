"""Clutter removal and metadata lines on page layouts the rules were not tuned on, plus
the two seed articles (read from ../shared, never copied)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from textkg.ingest import IngestOptions, read_articles
from textkg.records import ArticleText

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "ingest" / "layouts"


def read_one(path: Path, **options: object) -> ArticleText:
    items = list(read_articles([path], IngestOptions(**options)))  # type: ignore[arg-type]
    (article,) = items
    assert isinstance(article, ArticleText), article
    return article


def paragraphs(article: ArticleText) -> list[str]:
    return article.text.split("\n\n")


def assert_verbatim(article: ArticleText, source: Path) -> None:
    """Every kept paragraph is in the file exactly as written (offsets and quotes rely on it)."""
    original = source.read_text(encoding="utf-8").replace("\r\n", "\n")
    for paragraph in paragraphs(article):
        assert paragraph in original, paragraph


def assert_absent(article: ArticleText, *fragments: str) -> None:
    for fragment in fragments:
        assert fragment not in article.text, fragment


# --------------------------------------------------------------------------- our layouts


def test_blog_with_share_buttons_related_posts_and_reader_comments() -> None:
    source = LAYOUTS / "blog.txt"
    article = read_one(source)
    assert_verbatim(article, source)
    kept = paragraphs(article)
    assert kept[0].startswith("After two dry summers")
    assert kept[-1].startswith("Next spring the association plans")
    assert len(kept) == 4
    assert_absent(
        article, "Search this blog", "Share this", "Facebook", "Loading", "tomatoes",
        "Greta", "Lovely news", "frost", "Leave a Reply", "©", "Posted by",
    )  # fmt: skip
    meta = article.meta
    assert meta.headline == "The Linden Street allotments get a new water tower"
    assert meta.authors == ("Marta Kowalczyk",)
    assert meta.date_published == datetime.date(2024, 3, 3)
    assert meta.publisher == "Linden Street Garden Notes"


def test_wire_story_with_dateline_credits_and_read_next_list() -> None:
    source = LAYOUTS / "wire.txt"
    article = read_one(source)
    assert_verbatim(article, source)
    kept = paragraphs(article)
    # The dateline is metadata; the first sentence starts after it, as written.
    assert kept[0].startswith("The transport ministers of Sweden and Finland agreed")
    assert kept[-1].startswith("The Finnish Transport Infrastructure Agency said")
    assert_absent(
        article, "STOCKHOLM, March 12", "Skip to main content", "WORLD NEWS", "min read",
        "Reporting by", "Our Standards", "Read Next", "Shipping rates", "Central bank",
    )  # fmt: skip
    meta = article.meta
    assert meta.dateline == "STOCKHOLM"  # kept for the rules that read the article's place
    assert meta.headline == "Nordic ministers agree to pool icebreaker fleet for Baltic winters"
    assert meta.authors == ("Tomas Lindqvist", "Ana Costa")
    assert meta.editors == ("Mark Evans",)
    assert meta.date_published == datetime.date(2024, 3, 12)
    assert meta.publisher == "Northwire"


def test_tabloid_with_clutter_at_the_top_and_in_the_middle() -> None:
    source = LAYOUTS / "tabloid.txt"
    article = read_one(source)
    assert_verbatim(article, source)
    kept = paragraphs(article)
    assert kept[0].startswith("A fishing town in Cornwall")
    # The article goes on after the advert and the "most read" box in the middle.
    assert kept[-1].startswith("Hosking said he was happy to share the limelight")
    assert len(kept) == 6
    assert_absent(
        article, "Skip to content", "Trending", "Celebs", "ADVERTISEMENT", "MOST READ",
        "Pensioner", "melons", "lighthouse", "ice cream", "Story continues", "story for us",
        "Comments", "WhatsApp", "Showbiz Reporter",
    )  # fmt: skip
    meta = article.meta
    assert meta.headline == "Seaside town crowns a sheepdog as honorary mayor for the summer"
    assert meta.authors == ("Kelly Marsh",)
    assert meta.date_published == datetime.date(2024, 5, 5)
    assert meta.publisher == "seasidetattler.co.uk"


def test_portal_with_view_counter_numbered_lists_and_signature() -> None:
    source = LAYOUTS / "portal.txt"
    article = read_one(source)
    assert_verbatim(article, source)
    kept = paragraphs(article)
    # The deck under the headline is part of the article; the photo credit is not.
    assert kept[0] == "Both navies will share radar data from next month"
    assert kept[-1].startswith("Togolese Defence Minister Yawa Kouigan welcomed")
    assert_absent(
        article, "Jump to", "views", "Photo:", "abena.mensah@", "Comments", "Cocoa",
        "BUSINESS", "Editor's Picks", "Keta", "Copyright",
    )  # fmt: skip
    meta = article.meta
    assert (
        meta.headline == "Coast guards of Ghana and Togo begin joint patrols in the Gulf of Guinea"
    )
    assert meta.authors == ("Abena Mensah",)
    assert meta.publisher == "Coastal Monitor"


def test_markdown_note_with_related_link_list() -> None:
    article = read_one(LAYOUTS / "note.md")
    kept = paragraphs(article)
    assert kept[-1].startswith("A representative of the Austrian waterways agency")
    assert_absent(
        article, "Related", "Barge traffic", "Dredging contract", "depth_m", "chart", "#", "**",
        "](",
    )  # fmt: skip
    assert "port operators in Vienna on Tuesday about falling water levels near Bratislava." in (
        article.text
    )
    meta = article.meta
    assert meta.headline == "Notes from the river commission hearing"
    assert meta.authors == ("Ines Duarte", "Karl Weber")
    assert meta.keywords == ("rivers", "shipping", "hearings")
    assert meta.date_published == datetime.date(2024, 9, 18)


def test_html_magazine_page_with_sidebar_newsletter_box_and_comments() -> None:
    article = read_one(LAYOUTS / "magazine.html")
    kept = paragraphs(article)
    assert kept[0].startswith("Trains are running again on the Albula line")
    assert kept[-1].startswith("The cantonal government of Graubuenden will pay")
    assert len(kept) == 4
    assert_absent(
        article, "cookies", "Log in", "inbox", "Sign up", "Finally!", "engineers, respect",
        "Ski passes", "Glacier", "Privacy", "©", "Lukas Brunner",
    )  # fmt: skip
    meta = article.meta
    assert meta.headline == "Alpine railway reopens after landslide"
    assert meta.authors == ("Lukas Brunner",)
    assert meta.publisher == "Mountain Courier"
    assert meta.date_published == datetime.date(2023, 10, 21)
    assert meta.keywords == ("railways", "switzerland", "landslides")
    assert meta.url == "https://courier.example.net/2023/10/albula-reopens"
    assert meta.language == "en-GB"


def test_truncated_html_fixture_keeps_whole_sentences_only() -> None:
    warnings: list[str] = []
    article = read_one(LAYOUTS / "truncated.html", on_warning=lambda s, m: warnings.append(m))
    assert paragraphs(article)[-1].startswith("The work will be carried out by a consortium")
    assert "dredgers wo" not in article.text
    assert len(warnings) == 1


def test_plain_text_without_blank_lines_and_with_a_link_list(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Menu\nHome | News | Sport | Weather\nCity opens new footbridge over the river\n"
        "By Jana Novak\n"
        "The city opened a new footbridge over the river on Friday, the mayor said.\n"
        "The bridge links two districts and cost 300 million crowns, officials said.\n"
        "Related articles\nTram fares to rise in January\nNew metro line gets green light\n"
        "Zoo welcomes baby elephant\n",
        encoding="utf-8",
    )
    article = read_one(page)
    assert paragraphs(article) == [
        "The city opened a new footbridge over the river on Friday, the mayor said.",
        "The bridge links two districts and cost 300 million crowns, officials said.",
    ]
    assert article.meta.headline == "City opens new footbridge over the river"
    assert article.meta.authors == ("Jana Novak",)


def test_hard_wrapped_paragraphs_become_one_paragraph_each(tmp_path: Path) -> None:
    page = tmp_path / "wrapped.txt"
    page.write_text(
        "The harbour board met on Monday to discuss the\n"
        "new berth for offshore supply vessels, its chairman said. The\n"
        "board agreed to ask the government for a loan to\n"
        "cover half of the cost, and to begin work in the spring.\n\n"
        "The chairman said the berth would create two hundred jobs.\n",
        encoding="utf-8",
    )
    assert paragraphs(read_one(page)) == [
        "The harbour board met on Monday to discuss the new berth for offshore supply vessels, "
        "its chairman said. The board agreed to ask the government for a loan to cover half of "
        "the cost, and to begin work in the spring.",
        "The chairman said the berth would create two hundred jobs.",
    ]


def test_reader_footer_is_dropped_without_any_credits_line(tmp_path: Path) -> None:
    page = tmp_path / "footer.txt"
    page.write_text(
        "The regional parliament of Tyrol approved a new avalanche warning law on Thursday, "
        "the parliament's press office said.\n\n"
        "The law requires ski resorts to publish hazard levels every morning.\n\n"
        "Alpenpost is an independent newsroom. For more information about our reporting, "
        "please visit our website.\n\n"
        "Send your tips to desk@alpenpost.example.at\n",
        encoding="utf-8",
    )
    article = read_one(page)
    assert paragraphs(article)[-1] == (
        "The law requires ski resorts to publish hazard levels every morning."
    )
    assert article.meta.publisher == "Alpenpost"


def test_lines_repeated_across_files_of_a_site_are_removed(tmp_path: Path) -> None:
    """A site's own boilerplate that no rule knows is found by comparing files."""
    header = "Valley Gazette\nIndependent news for the Upper Rhine since 1998"
    footer = (
        "The Valley Gazette newsroom is supported by its members and by local advertisers.\n\n"
        "Members receive the printed weekend edition at home every Saturday morning."
    )
    stories = [
        (
            "Ferry fares rise",
            "The Rhine ferry at Kehl will raise its fares in April, the operator said.",
            "A single crossing will cost three euros instead of two and a half.",
        ),
        (
            "Bridge closes",
            "The old road bridge at Breisach will close for repairs in May, the town said.",
            "Drivers will be sent over the motorway bridge further north during the works.",
        ),
        (
            "Market opens",
            "A new farmers market opened in Colmar on Saturday, the organisers said.",
            "Forty stalls sold cheese, wine and vegetables from farms around the city.",
        ),
    ]
    for index, (title, first, second) in enumerate(stories):
        (tmp_path / f"story{index}.txt").write_text(
            f"{header}\n\n{title}\n\n{first}\n\nWeekend Edition\n\n{second}\n\n{footer}\n",
            encoding="utf-8",
        )
    together = [a for a in read_articles([tmp_path]) if isinstance(a, ArticleText)]
    assert [paragraphs(a) for a in together] == [[first, second] for _, first, second in stories]
    alone = read_one(tmp_path / "story0.txt")
    assert "supported by its members" in alone.text  # one file alone shows no template
    off = [
        a
        for a in read_articles([tmp_path], IngestOptions(detect_templates=False))
        if isinstance(a, ArticleText)
    ]
    assert all("supported by its members" in a.text for a in off)


def test_copies_of_the_same_story_are_not_mistaken_for_a_template(tmp_path: Path) -> None:
    body = (
        "The mayor of Ghent opened a new cycle bridge over the Leie on Sunday.\n\n"
        "The bridge cost four million euros and took two years to build, the city said.\n"
    )
    for index in range(4):
        (tmp_path / f"copy{index}.txt").write_text(body, encoding="utf-8")
    texts = [a.text for a in read_articles([tmp_path]) if isinstance(a, ArticleText)]
    assert texts == [body.strip()] * 4


# --------------------------------------------------------------------------- seeds


def seed(seeds_dir: Path, prefix: str) -> Path:
    (path,) = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    return path


def test_seed_001_ends_where_the_comments_begin(seeds_dir: Path) -> None:
    source = seed(seeds_dir, "001")
    article = read_one(source)
    assert_verbatim(article, source)
    assert article.text.endswith("National Defense Commission.")
    assert_absent(
        article, "Comments", "Latest Stories", "Trump", "SpaceX", "Samsonite", "Grand Palais",
        "Weekly Best", "LIFESTYLE", "Share it", "content@", "Quick access", "Photo=",
        "Daniel Kim", "Hostile Forces’—",
    )  # fmt: skip
    assert paragraphs(article)[1].startswith("The Russian Foreign Intelligence")
    meta = article.meta
    assert meta.headline is not None and meta.headline.startswith("Russia-North Korea")
    assert meta.authors == ("Daniel Kim",)
    assert meta.publisher == "viewusglobal.com"


def test_seed_000_keeps_its_last_paragraph_and_drops_the_site_footer(seeds_dir: Path) -> None:
    source = seed(seeds_dir, "000")
    article = read_one(source, default_date=datetime.date(2024, 4, 4))
    assert_verbatim(article, source)
    kept = paragraphs(article)
    assert kept[-1].startswith("According to a Mar. 28 report")
    assert kept[-1].endswith("Ministry of State Security.")
    assert_absent(
        article, "russia, north korea", "Translated by", "Edited by", "works with a network",
        "FAQ", "dailynkenglish", "Read in Korean", "(Rodong Sinmun-News1)",
    )  # fmt: skip
    # The photo caption's sentence stays (without its credit); the subheading stays.
    assert kept[0].endswith("on Sept. 14.")
    assert any(p.startswith("Warning handed down") for p in kept)
    meta = article.meta
    assert meta.keywords == ("russia", "north korea", "surveillance", "overseas workers")
    assert meta.translators == ("David Carruth",)
    assert meta.editors == ("Robert Lauler",)
    assert meta.publisher == "Daily NK"
    assert meta.date_published == datetime.date(2024, 4, 4)
    assert meta.headline is None


def test_seed_folder_reads_both_in_order(seeds_dir: Path) -> None:
    items = list(read_articles([seeds_dir]))
    assert all(isinstance(item, ArticleText) for item in items)
    assert [Path(item.source).name[:3] for item in items] == ["000", "001"]


@pytest.mark.parametrize("name", sorted(p.name for p in LAYOUTS.glob("*.txt")))
def test_layout_output_is_stable_across_runs(name: str) -> None:
    assert read_one(LAYOUTS / name) == read_one(LAYOUTS / name)


def test_press_release_with_contact_block_and_about_section() -> None:
    source = LAYOUTS / "press_release.txt"
    article = read_one(source)
    assert_verbatim(article, source)
    kept = paragraphs(article)
    assert kept[0].startswith("The Halifax Port Authority today announced")
    assert kept[-1].startswith("Construction is expected to begin")
    assert_absent(article, "IMMEDIATE", "Contact", "555", "About the", "federal agency", "###")
    meta = article.meta
    assert meta.headline == "Port Authority Announces New Cruise Terminal Partnership"
    assert meta.date_published == datetime.date(2024, 6, 3)
    assert meta.authors == ()  # the press contact is not the author
    assert meta.publisher == "The Halifax Port Authority"


def test_teasers_for_other_stories_after_a_section_label_are_cut() -> None:
    """Teasers are full sentences, so only their topic tells them from the article."""
    source = LAYOUTS / "teasers.txt"
    article = read_one(source)
    assert_verbatim(article, source)
    assert paragraphs(article)[-1] == (
        "The men are accused of selling the bicycles at markets in Brussels and Antwerp, she said."
    )
    assert_absent(article, "cookies", "Accept", "More from", "Teachers", "okapis", "Ostend")
    assert article.meta.headline == "Police in Ghent arrest three men over bicycle thefts"


def test_reference_citation_marks_do_not_hide_a_sentence(tmp_path: Path) -> None:
    page = tmp_path / "encyclopedia.txt"
    page.write_text(
        "Lake Bohinj\n"
        "Lake Bohinj is the largest permanent lake in Slovenia, lying in the Bohinj Valley.[1]\n"
        "It is fed by the Savica waterfall and drained by the Sava Bohinjka.[2][3]\n"
        "References\n"
        '^ "Lake Bohinj". Slovenian Tourist Board. Retrieved 2 May 2020.\n',
        encoding="utf-8",
    )
    assert paragraphs(read_one(page)) == [
        "Lake Bohinj is the largest permanent lake in Slovenia, lying in the Bohinj Valley.[1]",
        "It is fed by the Savica waterfall and drained by the Sava Bohinjka.[2][3]",
    ]


def test_comment_counter_closes_the_article_without_any_signature(tmp_path: Path) -> None:
    page = tmp_path / "counter.txt"
    page.write_text(
        "Dutch and Belgian ministers met in Breda on Friday to plan a joint rail tender, "
        "the Dutch ministry said.\n\n"
        "The tender covers the night trains between Amsterdam and Brussels.\n\n"
        "Comments0\n\n42\n\nComments0\n\n[NEW] Newest Posts\n\n"
        "  • What Does Brussels Think of the New Timetable?\n"
        "  • Why Do Night Trains Cost More Than Planes?\n"
        "  • Amsterdam Opens Its Largest Bicycle Garage Yet\n",
        encoding="utf-8",
    )
    assert paragraphs(read_one(page)) == [
        "Dutch and Belgian ministers met in Breda on Friday to plan a joint rail tender, "
        "the Dutch ministry said.",
        "The tender covers the night trains between Amsterdam and Brussels.",
    ]


# --------------------------------------------------------------------------- one long paragraph


LONG_LIST_PARAGRAPH = (
    "The Varnell Canal is a disused waterway in the north of Ostria. It was dug between 1801 "
    "and 1812 to carry coal from the hills to the port of Belmaro, and it closed to traffic "
    "in 1934 after the railway reached the valley. Its locks are listed monuments and a path "
    "follows the old towpath for most of its length. Notable structures on the canal include:"
    " Harlow Aqueduct, Tessin Lock, the Coalyard Bridge at the port of Belmaro"
)
SUBSCRIPTION_PARAGRAPH = (
    "Mara Velden is an Ostrian actress and writer. She was born in Belmaro and studied drama "
    "at the Ostrian Academy. She first appeared on stage in 2004. Her play The Canal ran for "
    "two seasons. In 2019 she starred in a series that was released on a subscription service "
    "and is available to viewers in Ostria. Please visit her agency for interviews."
)


@pytest.mark.parametrize("text", [LONG_LIST_PARAGRAPH, SUBSCRIPTION_PARAGRAPH])
def test_a_long_single_paragraph_article_is_not_page_furniture(tmp_path: Path, text: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert read_one(path).text == text
