package routes

import "github.com/vordering/vordering"

// The citations of the notes a debtor status adds to a court route (the
// same sources as the status tables of package debtor).
var (
	citeBEArt40 = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 40", Publication: "Cass. 8.10.2015, C.12.0565.N",
		URL: "http://elfri.be/rechtspraak/betekening-aan-parket-voorafgaande-inspanning-tot-achterhalen-woonplaats"}
	citeNLSurseance = vordering.Citation{Instrument: "Faillissementswet", Article: "art. 230 lid 1", URL: "https://wetten.overheid.nl/BWBR0001860/"}
	citeNLBewind    = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 1:441 lid 1", URL: "https://wetten.overheid.nl/BWBR0002656/"}
	citeNLHeirs     = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 4:182 lid 2; Rv art. 53", URL: "https://wetten.overheid.nl/BWBR0002761/"}
	citeNLRv54      = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 54", URL: "https://wetten.overheid.nl/BWBR0001827/"}
)
