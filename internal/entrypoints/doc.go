// Package entrypoints holds the fuzz test that decodes arbitrary JSON into
// every request type of the library and calls every entry point with it, as
// a service or another language's binding would (see the hardening issue).
// It exports nothing.
package entrypoints
