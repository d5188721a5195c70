package people

var scratch = []string{
	"Marta Quint, a nurse from Leeds, said the ward was full. Trade Minister Oskar Quint disagreed. Quint said nothing more.",
	"Marta Quint, a nurse from Leeds, arrived early. Quint said the ward was full.",
	"A former Ruritanian diplomat said the talks were over. \"We are not ready for this at all,\" a senior official said.",
	"Ruritanian President Tomas Brandt met Bordurian President Anton Varga on Monday.",
	"President Brandt said the border would stay open. President Varga did not comment. President Kovac arrived late.",
	"The Brandt administration struggles to pass its budget. The Varga administration imposed sanctions in 2019.",
	"Former prime minister Oskar Lind criticised the plan, while then-president Ilse Varga stayed silent.",
	"Finnish Foreign Minister Aino Vellamo said on Tuesday that the meeting was useful.",
	"The talks were led by Vera Lunn, the energy minister, and Jonas Pell (chief executive of Harbor Power).",
	"Vera Lunn, who is the deputy prime minister, spoke first. Lunn, who was mayor of Eastport, spoke again.",
	"The Zenith Palace spokeswoman, Ada Morrow, confirmed the plan. \"The plan will go ahead as agreed,\" the spokeswoman said.",
	"Zenith Palace spokesperson Ada Morrow said: \"There will be no delay whatsoever.\" She added that “all parties agreed to the terms,” according to the agency.",
	"“We will rebuild every house in the valley,” said Mayor Hana Gil. “And we will do it before winter comes,” she said.",
	"According to Ada Morrow, “the budget is not a secret at all.”",
	"Petra Holm, who took office in 2020, said the Ruritanian Prime Minister Petra Holm would travel.",
	"Marta Quint Opens New Clinic In Leeds As Winter Arrives Early\nMarta Quint, a nurse, opened the clinic on Monday.",
	"Interim Coast Guard Commander Rafael de la Cruz said the search would continue. De la Cruz said 'the sea is calm enough now' to resume.",
	"John F. Kennedy Airport was closed, said Ilse Berglund, a spokeswoman for the airport.",
	"The Prime Minister Holm government collapsed. The Holm government is stable, said Jan van Dijk.",
}
