package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/vordering/vordering"
)

const serveUsage = `Usage: vordering serve [--addr 127.0.0.1:8080] [--max-body BYTES] [rows-file flags]

Serves the questions as an HTTP JSON API:

  POST /v1/<question>     deadline, interest, costs, seizable, goods, court,
                          eligibility, plan, prescription; the body is the
                          question's JSON request (a procedure.Case for
                          eligibility, plan and prescription); ?asOf=YYYY-MM-DD
                          sets the as-of day (default today)
  POST /v1/plan:batch     a JSON array of cases, or NDJSON (one case a line);
                          the response streams one NDJSON line per case
  GET  /healthz           {"status":"ok",...}
  GET  /openapi.json      the OpenAPI 3 document

Errors: 400 invalid input (with the field path), 413 body too large, 415 not
application/json, 422 no rule in force (with the table and covered span),
500 internal error (no detail). The access log is JSON on stderr. SIGINT or
SIGTERM stops the server gracefully.

Flags:
`

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vordering serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "the address to listen on")
	maxBody := fs.Int64("max-body", defaultMaxBody, fmt.Sprintf("the largest request body of a single question, in bytes (at most %d; plan:batch takes up to %d)", vordering.MaxJSONBytes, maxBatchBody))
	var rf ruleFiles
	rf.register(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), serveUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "vordering serve: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	if *maxBody < 1 || *maxBody > vordering.MaxJSONBytes {
		fmt.Fprintf(stderr, "vordering serve: --max-body must be between 1 and %d\n", vordering.MaxJSONBytes)
		return exitUsage
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	e, err := rf.load()
	if err != nil {
		log.Error("rule data", "error", err.Error())
		return exitFailed
	}
	s := newServer(e, log)
	s.maxBody = *maxBody
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Error("listen", "error", err.Error())
		return exitFailed
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, s, ln); err != nil {
		log.Error("serve", "error", err.Error())
		return exitFailed
	}
	return exitOK
}

// newHTTPServer returns the http.Server of s with its timeouts.
func newHTTPServer(s *server) *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// serve serves s on ln until ctx is done, then shuts down gracefully: it
// stops accepting, lets the requests in flight finish (for at most
// shutdownTimeout) and returns.
func serve(ctx context.Context, s *server, ln net.Listener) error {
	hs := newHTTPServer(s)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	s.log.Info("listening", "addr", ln.Addr().String(), "release", vordering.Release, "supplied", s.eng.supplied)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if e := <-errc; !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	if err != nil {
		return err
	}
	s.log.Info("stopped")
	return nil
}
