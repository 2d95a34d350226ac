#!/bin/sh
# Times the one-shot command (issue 13): `governance check --example north-yorkshire-2021-before`, in fresh JVMs,
# with and without the start-up options the launcher uses. Prints, per variant, the wall time of the runs in ms
# (median, min, max), the median CPU time (user + system, which depends less on the load) and the load average.
#
#   scripts/measure-start.sh [runs]          (after ./mvnw -B package -pl governance-examples -am -DskipTests)
#
# Variants are run in turn (one run of each, then again), so that a change in the machine's load touches all alike.
set -eu
runs=${1:-10}
dir=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
target="$dir/governance-examples/target"
jar="$target/governance.jar"
jsa="$target/governance.jsa"
[ -f "$jar" ] || { echo "no $jar: build governance-examples first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -f "$jsa" ]; then
  java -XX:ArchiveClassesAtExit="$work/governance.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$jar" check --example north-yorkshire-2021-before >/dev/null || true
  jsa="$work/governance.jsa"
fi
set -- \
  "plain|" \
  "tiered1|-XX:TieredStopAtLevel=1" \
  "serial|-XX:+UseSerialGC" \
  "cds|-XX:SharedArchiveFile=$jsa -Xlog:cds=off" \
  "cds+serial|-XX:SharedArchiveFile=$jsa -Xlog:cds=off -XX:+UseSerialGC" \
  "cds+tiered1|-XX:SharedArchiveFile=$jsa -Xlog:cds=off -XX:TieredStopAtLevel=1" \
  "cds+tiered1+serial|-XX:SharedArchiveFile=$jsa -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -1)"
i=0
while [ "$i" -lt "$runs" ]; do
  for variant in "$@"; do
    name=${variant%%|*}
    options=${variant#*|}
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # options are words on purpose
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f "%U %S" -o "$work/cpu" java $options -jar "$jar" check --example north-yorkshire-2021-before \
        >/dev/null 2>&1 || true
    else
      java $options -jar "$jar" check --example north-yorkshire-2021-before >/dev/null 2>&1 || true
      echo "0 0" >"$work/cpu"
    fi
    end=$(date +%s%N)
    cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu")
    echo "$name $(( (end - start) / 1000000 )) $cpu" >>"$work/times"
  done
  i=$((i + 1))
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for variant in "$@"; do
  name=${variant%%|*}
  cpu=$(grep "^$name " "$work/times" | cut -d' ' -f3 | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
  grep "^$name " "$work/times" | cut -d' ' -f2 | sort -n | awk -v name="$name" -v cpu="$cpu" -v options="${variant#*|}" '
    { t[NR] = $1 }
    END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
          printf "%-20s wall median %5d ms  min %5d  max %5d  cpu median %5d ms  (%s)\n", name, m, t[1], t[NR], cpu, options }'
done
