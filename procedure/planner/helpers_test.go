package planner

import (
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/internal/casetest"
)

var day = casetest.Day

// beB2B is casetest's Belgian invoice between two KBO-registered
// enterprises, invoiced 1 September 2023 and due 1 October 2023.
func beB2B() casefile.Case {
	c := casetest.BEB2B()
	c.Invoices[0].Date, c.Invoices[0].DueDate = day(2023, 9, 1), day(2023, 10, 1)
	return c
}

// nlB2B is casetest's Dutch invoice between two businesses, numbered
// 2023-001, invoiced 1 September 2023 and due 1 October 2023.
func nlB2B() casefile.Case {
	c := casetest.NLB2B()
	c.Invoices[0].Number, c.Invoices[0].Date, c.Invoices[0].DueDate = "2023-001", day(2023, 9, 1), day(2023, 10, 1)
	return c
}

// fuzzCase is the case of a FuzzPlannerNext input, over every act kind.
func fuzzCase(country, dk, ck, status, matter, nature, flags uint8, principal, access int64, invDay, dueGap int32, acts []byte) casefile.Case {
	return casetest.FuzzCase(uint8(int(casefile.ActAdminOpposition)+2), country, dk, ck, status, matter, nature, flags, principal, access, invDay, dueGap, acts)
}
