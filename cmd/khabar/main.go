// Command khabar is the Khabar news engine: crawl, import, serve. All of it
// lives in internal/; this only hands over the arguments.
package main

import (
	"os"

	_ "time/tzdata" // page dates name zones; not every machine has a zone database

	"github.com/khabar-news/khabar/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
