// Command modproxy writes Go modules from their folders into a folder laid out as a module proxy, which the go
// command reads with GOPROXY=file://<folder>: per module <path>/@v/list and <version>.info, .mod and .zip, the zip
// made by golang.org/x/mod/zip exactly as the go command makes it from a repository (submodules, vendor folders and
// VCS files left out, file names checked).
//
// Usage: go run . -out <folder> -version vX.Y.Z -time <RFC 3339> <module folder>...
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	modzip "golang.org/x/mod/zip"
)

func main() {
	out := flag.String("out", "", "the proxy folder to write into")
	version := flag.String("version", "", "the version of every module, vX.Y.Z")
	stamp := flag.String("time", "", "the version's time, RFC 3339 (the commit's)")
	flag.Parse()
	when, err := time.Parse(time.RFC3339, *stamp)
	if *out == "" || !semver.IsValid(*version) || err != nil || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: modproxy -out <folder> -version vX.Y.Z -time <RFC 3339> <module folder>...")
		os.Exit(2)
	}
	for _, dir := range flag.Args() {
		if err := write(*out, *version, when.UTC(), dir); err != nil {
			fmt.Fprintf(os.Stderr, "modproxy: %s: %v\n", dir, err)
			os.Exit(1)
		}
	}
}

// write adds the module in dir at version to the proxy folder out.
func write(out, version string, when time.Time, dir string) error {
	goMod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return err
	}
	path := modfile.ModulePath(goMod)
	if path == "" {
		return fmt.Errorf("go.mod has no module line")
	}
	if err := module.Check(path, version); err != nil {
		return err
	}
	escaped, err := module.EscapePath(path)
	if err != nil {
		return err
	}
	versions := filepath.Join(out, filepath.FromSlash(escaped), "@v")
	if err := os.MkdirAll(versions, 0o755); err != nil {
		return err
	}
	base := filepath.Join(versions, version)
	zipFile, err := os.Create(base + ".zip")
	if err != nil {
		return err
	}
	if err := modzip.CreateFromDir(zipFile, module.Version{Path: path, Version: version}, dir); err != nil {
		zipFile.Close()
		return err
	}
	if err := zipFile.Close(); err != nil {
		return err
	}
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{version, when})
	if err != nil {
		return err
	}
	if err := os.WriteFile(base+".info", info, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(base+".mod", goMod, 0o644); err != nil {
		return err
	}
	return addToList(filepath.Join(versions, "list"), version)
}

// addToList records version in the module's list of versions, once, in semver order.
func addToList(list, version string) error {
	known := map[string]bool{version: true}
	if data, err := os.ReadFile(list); err == nil {
		for _, line := range strings.Fields(string(data)) {
			known[line] = true
		}
	}
	versions := make([]string, 0, len(known))
	for known := range known {
		versions = append(versions, known)
	}
	sort.Slice(versions, func(i, j int) bool { return semver.Compare(versions[i], versions[j]) < 0 })
	return os.WriteFile(list, []byte(strings.Join(versions, "\n")+"\n"), 0o644)
}
