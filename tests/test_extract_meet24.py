"""Meetings in shapes probing found missed: everyone a reception or one building gathers
met every other ("was greeted by A and B", "hosted A and B at his residence"), a second
host after "and by", agreements signed after talks; and the shapes that stay apart."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, met, triples

MET = [
    # a reception: the hosts met each other too
    (
        "Consul Lars Ekdahl was greeted by Mette Rasmussen and Sven Lykke in Aarhus.",
        "Mette Rasmussen",
        "Sven Lykke",
    ),
    (
        "The governor, Hamdan Al-Suwaidi, hosted Pierre Lemaire and Claire Vasseur at his "
        "residence in Sharjah.",
        "Pierre Lemaire",
        "Claire Vasseur",
    ),
    (
        "Chinedu Okafor welcomed Adaeze Nnamdi and Ifeanyi Eze to the plant in Onitsha.",
        "Adaeze Nnamdi",
        "Ifeanyi Eze",
    ),
    # one building: everyone met there is at one meeting
    (
        "Minister Salma Hoque met Rafiq Talukder and Nasima Akter at the ministry in Khulna.",
        "Rafiq Talukder",
        "Nasima Akter",
    ),
    # a second host after "and by", hung on the place before it
    (
        "Tomasz Wrona took the night train from Gdansk. He was received at Lodz's main station "
        "by Piotr Kaczor, the general manager, and by the governor of the province, Joanna "
        "Wrobel.",
        "Tomasz Wrona",
        "Joanna Wrobel",
    ),
    (
        "Tomasz Wrona took the night train from Gdansk. He was received at Lodz's main station "
        "by Piotr Kaczor, the general manager, and by the governor of the province, Joanna "
        "Wrobel.",
        "Piotr Kaczor",
        "Joanna Wrobel",
    ),
    # agreements signed after talks: signed in one room
    (
        "Akosua Mensimah and her Togolese counterpart, Kossi Amegah, signed agreements on "
        "trade after the talks.",
        "Akosua Mensimah",
        "Kossi Amegah",
    ),
    (
        "Akosua Mensimah and Kossi Amegah signed the agreement after the talks.",
        "Akosua Mensimah",
        "Kossi Amegah",
    ),
]

MORE_MET = [
    # a host's guests at one occasion
    ("Priya Raman was the guest of Arjun Mehra at a dinner in Pune.", "Priya Raman", "Arjun Mehra"),
    (
        "The visit ended with a dinner at which Paolo Greco and Chiara Neri were guests of "
        "the mayor, Luca Fontana.",
        "Chiara Neri",
        "Luca Fontana",
    ),
    (
        "The visit ended with a dinner at which Paolo Greco and Chiara Neri were guests of "
        "the mayor, Luca Fontana.",
        "Paolo Greco",
        "Chiara Neri",
    ),
    # face to face, a guide
    (
        "Rahim Chowdhury talked to Farida Begum at the clinic in Sylhet.",
        "Rahim Chowdhury",
        "Farida Begum",
    ),
    (
        "Diana Lupu sat across the table from Radu Stoica, the Moldovan deputy minister.",
        "Diana Lupu",
        "Radu Stoica",
    ),
    ("Diana Lupu sat opposite Radu Stoica at the dinner.", "Diana Lupu", "Radu Stoica"),
    (
        "Mayor Nikola Petkov led Mira Dimova and Stefan Iliev on a tour of the old town of "
        "Plovdiv.",
        "Nikola Petkov",
        "Mira Dimova",
    ),
    # who was shown round by two hosts met both, and the hosts met each other
    (
        "Governor Amina Lawal travelled to Kano on Tuesday to inspect the new water plant. She "
        "was shown around by its manager, Musa Garba, and the state's water commissioner, "
        "Zainab Audu.",
        "Musa Garba",
        "Zainab Audu",
    ),
    # the passive's "by" hung on the thing shown
    (
        "Hans Becker and Uta Klein were shown the ruins by Elena Markou.",
        "Uta Klein",
        "Elena Markou",
    ),
    # people said to be at the meeting just reported, the place put first
    (
        "Prime Minister Sione Latu and New Zealand's trade minister, Grace Hollis, held talks in "
        "Nuku'alofa on Monday. Also at the meeting was Latu's deputy, Viliami Taufa.",
        "Grace Hollis",
        "Viliami Taufa",
    ),
    (
        "Ana Ferreira held talks with Rui Gomes in Porto on Monday. Also present at the talks "
        "were Lerato Maseko and Sipho Dube.",
        "Rui Gomes",
        "Lerato Maseko",
    ),
    (
        "Ana Ferreira held talks with Rui Gomes in Porto on Monday. Also present at the talks "
        "were Lerato Maseko and Sipho Dube.",
        "Lerato Maseko",
        "Sipho Dube",
    ),
]

LATER_MET = [
    # a meeting phrase set before a verb of wishing tells what was
    (
        "In a meeting with union leader Rajan Pillai on Tuesday, Minister Kavita Rao promised "
        "new subsidies.",
        "Rajan Pillai",
        "Kavita Rao",
    ),
    (
        "After talks with Rajan Pillai in Kochi, Kavita Rao refused to comment.",
        "Rajan Pillai",
        "Kavita Rao",
    ),
    # "following", a participle the parser takes for the clause's verb
    (
        "Following talks with Prime Minister Pita Sharples in Wellington, Akira Hoshino said "
        "trade would grow.",
        "Pita Sharples",
        "Akira Hoshino",
    ),
    # a passive relative clause after the meeting noun
    (
        "Mira Patel chaired the meeting, which was attended by Sunil Reddy and Anita Das.",
        "Sunil Reddy",
        "Anita Das",
    ),
    (
        "Mira Patel chaired the meeting, which was attended by Sunil Reddy and Anita Das.",
        "Mira Patel",
        "Anita Das",
    ),
    # one of those a meeting verb's relative clause tells of
    (
        "Abdullah Rashid was among those who welcomed Fahad Sabah to the palace.",
        "Abdullah Rashid",
        "Fahad Sabah",
    ),
    # joined at the site a "where" clause is of, on the day of the clause it hangs on
    (
        "Agriculture Minister Otieno Odhiambo on Monday met fish traders at the lakeside market "
        "in Kisumu, where he was joined by county governor Akinyi Achieng and trader Mercy "
        "Atieno.",
        "Otieno Odhiambo",
        "Mercy Atieno",
    ),
    # one table
    (
        "Tanvir Hossain sat down with Shamima Akter and Rezaul Karim in Rajshahi.",
        "Shamima Akter",
        "Rezaul Karim",
    ),
]

NOT_MET = [
    # a habit over time, one by one
    (
        "Minister Salma Hoque has met Rafiq Talukder and Nasima Akter at the ministry many times.",
        "Rafiq Talukder",
        "Nasima Akter",
    ),
    # two buildings: two meetings
    (
        "Salma Hoque met Rafiq Talukder at the ministry and Nasima Akter at the palace.",
        "Rafiq Talukder",
        "Nasima Akter",
    ),
    (
        "Chinedu Okafor welcomed Adaeze Nnamdi and, separately, Ifeanyi Eze to the plant.",
        "Adaeze Nnamdi",
        "Ifeanyi Eze",
    ),
    # a travelling party a host received: each met the host, not each other there
    (
        "Premier Tomas Vilar flew to Lisbon with the bank's chairman, Jorge Matos. They were "
        "greeted at the airport by Mayor Carla Reis.",
        "Tomas Vilar",
        "Jorge Matos",
    ),
    # a guest many times, or of a body; talk by phone; a guide to a title
    ("Ji-ho Kang was a frequent guest of Min-seo Yoon at his villa.", "Ji-ho Kang", "Min-seo Yoon"),
    ("Omar Haddad talked to Lina Saad by phone on Monday.", "Omar Haddad", "Lina Saad"),
    ("Mateo Ruiz led Ana Soto to victory in the final.", "Mateo Ruiz", "Ana Soto"),
    # talks only wished for, or a habit at one table
    ("Kavita Rao hopes to hold talks with Rajan Pillai in Kochi.", "Kavita Rao", "Rajan Pillai"),
    (
        "Tanvir Hossain has dined with Shamima Akter and Rezaul Karim many times.",
        "Shamima Akter",
        "Rezaul Karim",
    ),
    ("Ali Demir was not among the officials who met Vera Novak.", "Ali Demir", "Vera Novak"),
    (
        "Otieno Odhiambo worked in Kisumu in 2015, where he was joined by Akinyi Achieng.",
        "Otieno Odhiambo",
        "Akinyi Achieng",
    ),
    # contracts signed with others, not with each other
    (
        "Akosua Mensimah and Kossi Amegah signed contracts with clubs in Spain.",
        "Akosua Mensimah",
        "Kossi Amegah",
    ),
]


@pytest.mark.parametrize(("text", "one", "other"), MET + MORE_MET + LATER_MET)
def test_a_meeting_probing_found_missed(text: str, one: str, other: str) -> None:
    assert met(triples(facts_of(text)), one, other)


@pytest.mark.parametrize(("text", "one", "other"), NOT_MET)
def test_no_meeting_where_people_were_met_apart(text: str, one: str, other: str) -> None:
    assert not met(triples(facts_of(text)), one, other)
