package io.itwincontracts.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** Where the commands read and write, so tests can run them in-process. */
record CliStreams(InputStream in, PrintWriter out, PrintWriter err, boolean errIsTerminal) {}
