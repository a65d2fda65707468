package main

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// apiError is the body of every error response, and the error of one case
// of a batch:
//
//	{"error":{"status":400,"code":"invalid_input","message":"…","field":"acts[3].date"}}
//	{"error":{"status":422,"code":"no_rule_in_force","message":"…","table":"…","date":"…","covered":{"from":"…","until":"…"}}}
type apiError struct {
	Status  int    `json:"status"`
	Code    string `json:"code"`
	Message string `json:"message"`
	// Field is the JSON path (or the library's name) of the bad value, for
	// invalid input.
	Field string `json:"field,omitempty"`
	// Table, Date, Covered, Trailing and SuppliedBy describe the table that
	// has no rule in force on Date.
	Table      string            `json:"table,omitempty"`
	Date       date.Date         `json:"date,omitzero"`
	Covered    *vordering.Period `json:"covered,omitempty"`
	Trailing   string            `json:"trailing,omitempty"`
	SuppliedBy string            `json:"suppliedBy,omitempty"`
}

// The error codes.
const (
	codeInvalid     = "invalid_input"
	codeNoRule      = "no_rule_in_force"
	codeTooLarge    = "too_large"
	codeMediaType   = "unsupported_media_type"
	codeNotFound    = "not_found"
	codeMethod      = "method_not_allowed"
	codeInternal    = "internal"
	internalMessage = "internal error"
)

// classify maps an error to its response:
//
//	body over the size limit                     413 too_large
//	wraps vordering.ErrInvalidInput              400 invalid_input, with the field
//	wraps vordering.ErrNoRuleInForce             422 no_rule_in_force, with the table and covered span
//	anything else                                500 internal, with no detail
//
// Invalid input is checked first: an error that joins both is the caller's
// to fix.
func classify(err error) apiError {
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return apiError{Status: http.StatusRequestEntityTooLarge, Code: codeTooLarge, Message: "request body larger than the limit of " + strconv.FormatInt(tooLarge.Limit, 10) + " bytes"}
	case errors.Is(err, vordering.ErrInvalidInput):
		e := apiError{Status: http.StatusBadRequest, Code: codeInvalid, Message: err.Error()}
		var ie *vordering.InputError
		if errors.As(err, &ie) {
			e.Field = ie.Field
		}
		return e
	case errors.Is(err, vordering.ErrNoRuleInForce):
		e := apiError{Status: http.StatusUnprocessableEntity, Code: codeNoRule, Message: err.Error()}
		var nr *vordering.NoRuleError
		if errors.As(err, &nr) {
			e.Table = nr.Table
			e.Date = nr.Date
			if !nr.Covered.From.IsZero() || !nr.Covered.Until.IsZero() {
				p := nr.Covered
				e.Covered = &p
			}
			e.Trailing = nr.Trailing
			e.SuppliedBy = nr.SuppliedBy
		}
		return e
	}
	return apiError{Status: http.StatusInternalServerError, Code: codeInternal, Message: internalMessage}
}
