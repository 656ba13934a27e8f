#!/usr/bin/env bash
# The bake benchmark of issue 8 (and the related-selection benchmark of issue 3), in one command:
#
#   bench/run.sh                 N = 1,000 and 5,000, three runs of everything (stock JBake at 1,000 only)
#   bench/run.sh --quick         N = 1,000, one run of everything
#   bench/run.sh 2000 --runs 5   other sizes and run counts
#
# Options:
#   N...               corpus sizes (default 1000 5000; with --quick, 1000)
#   --quick            one run of each measurement instead of three
#   --runs K           runs of each measurement (default 3): the report gives the median and every run
#   --stock-5000       also measure stock JBake above 1,000 articles (it grows quadratically: slow)
#   --no-stock, --no-mvn, --no-asciidoctor, --no-related, --no-preview
#                      leave out stock JBake / the real `mvn package` runs (the pom's java command is always
#                      run) / AsciidoctorJ alone / the related-selection benchmark / the preview's latency
#                      (PreviewLatencyBench on the 1,000-article corpus)
#   --timeout S        limit of each of our runs (default 900 s)
#   --stock-timeout S  limit of each stock JBake run (default 900 s): a run that hits it is reported as
#                      "> S s" and not repeated
#   --head             measure the last commit (git HEAD) instead of the working tree; the benchmark's own
#                      files (bench/, src/test/java/org/ispc/blog/bench/, src/test/resources/bench/) still come
#                      from the working tree
#   --settle S         before each run, wait up to S seconds (default 30) for other processes to leave the
#                      CPUs idle (below --busy F of all cores, default 0.25)
#
# It copies the project (pom, sources, site files but the articles) to target/bench/project and compiles it there, so that the
# run measures one fixed snapshot of the working tree and never touches the project's own target/classes.
# Results: target/bench/results-<date>.md (and .tsv with every run); logs in target/bench/logs/.
# Needs JDK 17, Maven, and GNU time (/usr/bin/time; installed with apt-get when missing and possible).
# The first run needs the network once, for jbake-maven-plugin; later runs work offline.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

for arg in "$@"; do
  if [ "$arg" = "-h" ] || [ "$arg" = "--help" ]; then
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
    exit 0
  fi
done

command -v java >/dev/null || { echo "bench/run.sh: java (JDK 17) is not on the PATH" >&2; exit 1; }
command -v mvn >/dev/null || { echo "bench/run.sh: mvn is not on the PATH" >&2; exit 1; }
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "bench/run.sh: installing GNU time (peak memory and CPU time of each run)"
    apt-get install -y -q time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; } || true
  fi
  [ -x /usr/bin/time ] || echo "bench/run.sh: /usr/bin/time is missing (apt-get install time): no peak RSS and no CPU times" >&2
fi

head=false
for arg in "$@"; do
  [ "$arg" = "--head" ] && head=true
done

bench="$root/target/bench"
project="$bench/project"
rm -rf "$project"
mkdir -p "$project"
if $head; then
  echo "bench/run.sh: snapshot of git HEAD (and of the benchmark's own files) in $project"
  git archive HEAD pom.xml .mvn src jbake.properties templates assets data content | tar -x -C "$project"
  mkdir -p "$project/src/test/java/org/ispc/blog/bench" "$project/src/test/resources/bench"
  cp -a src/test/java/org/ispc/blog/bench/. "$project/src/test/java/org/ispc/blog/bench/"
  cp -a src/test/resources/bench/. "$project/src/test/resources/bench/"
  echo "git $(git rev-parse --short HEAD) (committed state), benchmark files from the working tree" >"$project/snapshot.txt"
else
  echo "bench/run.sh: snapshot of the working tree in $project"
  cp -a pom.xml src jbake.properties templates assets data "$project/"
  [ -d .mvn ] && cp -a .mvn "$project/"
  cp -a content "$project/"
  {
    if git rev-parse --git-dir >/dev/null 2>&1; then
      changed=$(git status --porcelain -- pom.xml .mvn src jbake.properties templates assets data content | wc -l)
      echo "git $(git rev-parse --short HEAD)$( [ "$changed" -gt 0 ] && echo " + $changed uncommitted change(s) in the working tree")"
    else
      echo "not a git checkout"
    fi
  } >"$project/snapshot.txt"
fi

# the site without its articles: pages (about, locations, ...) and partials stay, content/blog is generated
rm -rf "$project/content/blog"

echo "bench/run.sh: compiling the snapshot (mvn test-compile)"
compile=(test-compile dependency:build-classpath -Dmdep.outputFile=cp-runtime.txt -Dmdep.includeScope=runtime)
( cd "$project" && { mvn -B -q -o "${compile[@]}" >"$bench/compile.log" 2>&1 || mvn -B -q "${compile[@]}" >"$bench/compile.log" 2>&1; } ) || {
  echo "bench/run.sh: the project does not compile, see $bench/compile.log" >&2; exit 1; }

# the harness itself waits most of the time: a small, quiet JVM
exec java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -cp "$project/target/test-classes" org.ispc.blog.bench.BakeBenchmark \
  --project "$project" --out "$bench" "$@"
