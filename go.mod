module github.com/vordering/vordering

go 1.24

require (
	github.com/google/go-cmp v0.7.0
	github.com/rickb777/date v1.12.5-0.20200422084442-6300e543c4d9
	github.com/shopspring/decimal v1.6.0
)

require github.com/rickb777/plural v1.2.0 // indirect
