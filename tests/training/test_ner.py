"""Fine-tuning the recogniser: our own news is rehearsed with the stock model's entities."""

from __future__ import annotations

import json
from pathlib import Path

from training.ner import (
    REHEARSAL_SOURCES,
    rehearsal_examples,
    rehearsal_texts,
    stock_agreement,
    train,
)

from textkg.nlp import load_model, resolve_model_name


def test_rehearsal_reads_the_paragraphs_of_our_articles_and_skips_readmes_and_titles(
    tmp_path: Path,
) -> None:
    (tmp_path / "b.txt").write_text(
        "Short headline here\n\nThe mayor of Lyon, Anne Dupont, met   union leaders on Monday.\n",
        encoding="utf-8",
    )
    (tmp_path / "a.md").write_text("Kenya Airways named Ruth Njeri its new chief executive.")
    (tmp_path / "README.md").write_text("These articles are ours and carry no gold at all.")
    rows = [{"text": "Bolivia's president flew to Brasilia for talks on lithium."}, {"id": 2}]
    (tmp_path / "briefs.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    assert rehearsal_texts([tmp_path]) == [
        "Kenya Airways named Ruth Njeri its new chief executive.",
        "The mayor of Lyon, Anne Dupont, met union leaders on Monday.",
        "Bolivia's president flew to Brasilia for talks on lithium.",
    ]


def test_the_shipped_rehearsal_sources_are_our_own_articles() -> None:
    texts = rehearsal_texts(REHEARSAL_SOURCES)
    assert len(texts) > 300
    assert all(len(text.split()) >= 5 for text in texts)


def test_rehearsed_paragraphs_teach_every_stock_entity_and_nothing_else() -> None:
    nlp = load_model()
    text = "Kenya Airways named Ruth Njeri its chief executive in Nairobi on Tuesday."
    (example,) = rehearsal_examples(nlp, [text])
    stock = [(e.text, e.label_) for e in nlp(text).ents]
    assert stock and [(e.text, e.label_) for e in example.reference.ents] == stock
    # every other token is taught as outside a name, not left unknown
    assert all(token.ent_iob_ in ("B", "I", "O") for token in example.reference)


def test_agreement_with_the_stock_recogniser() -> None:
    nlp = load_model()
    texts = ["Ruth Njeri flew to Nairobi on Tuesday.", "Anne Dupont met Kenya Airways."]
    stock = [{(e.start_char, e.end_char, e.label_) for e in d.ents} for d in nlp.pipe(texts)]
    assert stock_agreement(nlp, texts, stock) == 1.0
    halved = [set(list(stock[0])[:1]), stock[1]]
    assert 0.5 < stock_agreement(nlp, texts, halved) < 1.0


def test_training_keeps_each_epochs_weights_when_asked(tmp_path: Path) -> None:
    import spacy

    from textkg.nlp.ner_weights import read_ner_weights

    nlp = spacy.load(resolve_model_name(None))  # its own copy: training changes it
    row = {
        "text": "John Smith of Acme Corp. lives in Boise.",
        "entities": [
            {"start": 0, "end": 10, "type": "Peop"},
            {"start": 14, "end": 24, "type": "Org"},
            {"start": 34, "end": 39, "type": "Loc"},
        ],
    }
    own = ["Ruth Njeri, the chief executive of Kenya Airways, flew to Nairobi on Tuesday."]
    epoch, score, stock = train(
        nlp, [row], [row], 2, rehearsal=own, repeats=2, check=own, epoch_dir=tmp_path
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["epoch1.bin.gz", "epoch2.bin.gz"]
    assert read_ner_weights(tmp_path / "epoch2.bin.gz").notes == {"epoch": 2}
    assert 0 <= epoch <= 2 and score >= stock
