package rulefmt

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestFormats(t *testing.T) {
	d := decimal.RequireFromString
	cases := []struct{ got, want string }{
		{Money(d("1860")), "1,860.00 EUR"},
		{Money(d("-1234567.5")), "-1,234,567.50 EUR"},
		{Money(d("40")), "40.00 EUR"},
		{Amount(d("2500")), "2,500"},
		{Amount(d("266.666")), "266.67"},
		{Rate(d("0.0825")), "8.25 %"},
		{Rate(d("0.95")), "95 %"},
		{YesNo(true) + YesNo(false), "yesno"},
		{Group("100"), "100"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
