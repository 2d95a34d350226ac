#!/usr/bin/env bash
# rehouse-apply.sh DIR — the single truth of issue 11's package moves in governance-rules.
#
# Re-runnable and idempotent: on a checkout in the old layout it moves every file (git mv, src/main and src/test),
# rewrites every fully-qualified name, package line and import (*.java, module-info.java, *.md, docs), adds the
# imports that same-package references now need, creates the new packages' package-info.java and exports them from
# module-info.java. On a checkout already in the new layout it changes nothing. Old -> new names are also listed in
# /work/wt/rehouse-renames.txt (written by this script).
#
# Moves (old package -> new package: types):
#   rules -> rules.authoring : what rule authors write with, and the words rules are written in
#   rules.report -> rules.files, rules.catalogue -> rules.files : every reader and writer of the rules' files
set -euo pipefail

DIR=${1:?usage: rehouse-apply.sh DIR}
cd "$DIR"
BASE=io.github.accountgovernance.rules
BASEP=io/github/accountgovernance/rules
RENAMES=$(dirname "$(readlink -f "$0")")/rehouse-renames.txt

# old-package new-package Type...   (main types; their tests follow them, see TEST_SUFFIXES)
MOVES=(
  "rules rules.authoring AnalysisKey Criterion EvaluationContext Evidence Finding FindingSink Parameter ParameterType Relation Rule RuleId Rules Selection Severity Subject SubjectKind SubjectType Verdict Words"
  "rules.report rules.files BaselineFiles GovernanceFiles InvalidGovernanceFileException WaiverFiles ReportJson"
  "rules.catalogue rules.files PackFiles"
)
# test-only helpers that move with the tests of their package's moved types
TEST_EXTRA=(
  "rules rules.authoring AllocationTest Estates"
)
TEST_SUFFIXES="Test Tests Properties Theories"

pkgdir() { # rules.authoring -> io/github/accountgovernance/rules/authoring
  local p=${1#rules}; echo "$BASEP${p//./\/}"
}

MODULE=governance-rules
plan=$(mktemp)
: > "$plan"
for line in "${MOVES[@]}"; do
  set -- $line; from=$1; to=$2; shift 2
  for t in "$@"; do
    echo "main $from $to $t" >> "$plan"
    for s in $TEST_SUFFIXES; do echo "test $from $to $t$s" >> "$plan"; done
  done
done
for line in "${TEST_EXTRA[@]}"; do
  set -- $line; from=$1; to=$2; shift 2
  for t in "$@"; do echo "test $from $to $t" >> "$plan"; done
done

# 1. git mv, old package dir to new
while read -r kind from to t; do
  src=$MODULE/src/$kind/java/$(pkgdir "$from")/$t.java
  dst=$MODULE/src/$kind/java/$(pkgdir "$to")/$t.java
  if [ -f "$src" ] && [ ! -f "$dst" ]; then
    mkdir -p "$(dirname "$dst")"
    git mv "$src" "$dst"
  fi
done < "$plan"

# 2. the list of renames (main types only; tests follow)
{
  echo "# old FQCN -> new FQCN (issue 11, rehouse-apply.sh); tests named <Type>Test/Properties/Theories follow their type"
  while read -r kind from to t; do
    [ "$kind" = main ] && echo "$BASE${from#rules}.$t -> $BASE${to#rules}.$t"
  done < "$plan"
  echo "# test helpers"
  for line in "${TEST_EXTRA[@]}"; do
    set -- $line; from=$1; to=$2; shift 2
    for t in "$@"; do echo "$BASE${from#rules}.$t -> $BASE${to#rules}.$t (test)"; done
  done
} > "$RENAMES"

# 3. fully-qualified names, package lines, imports and source paths in java, module-info, markdown and docs
sedprog=$(mktemp)
: > "$sedprog"
while read -r kind from to t; do
  [ "$kind" = main ] || continue
  of="$BASE${from#rules}"; nf="$BASE${to#rules}"
  printf 's/%s\\.%s\\b/%s.%s/g\n' "${of//./\\.}" "$t" "$nf" "$t" >> "$sedprog"
  printf 's#%s/%s\\.java#%s/%s.java#g\n' "$(pkgdir "$from")" "$t" "$(pkgdir "$to")" "$t" >> "$sedprog"
done < "$plan"
git ls-files -z -- '*.java' '*.md' 'docs/*' | xargs -0 -r grep -lZ 'accountgovernance' 2>/dev/null \
  | xargs -0 -r sed -i -f "$sedprog" || true

# package lines of moved files (main and test)
while read -r kind from to t; do
  f=$MODULE/src/$kind/java/$(pkgdir "$to")/$t.java
  [ -f "$f" ] && sed -i "s/^package ${BASE//./\\.}${from#rules};/package $BASE${to#rules};/" "$f"
done < "$plan"

# 4. imports that same-package references now need (and none of a file's own package)
python3 - "$MODULE" "$plan" <<'PY'
import os, re, sys
module, plan = sys.argv[1], sys.argv[2]
BASE = "io.github.accountgovernance.rules"
moved = {}  # (kind, new pkg, name) -> old pkg
for line in open(plan):
    kind, frm, to, t = line.split()
    moved[(kind, BASE + to[5:], t)] = BASE + frm[5:]  # (kind, current pkg, name) -> original pkg
files = []
for kind in ("main", "test"):
    root = os.path.join(module, "src", kind, "java")
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith(".java") and f not in ("package-info.java", "module-info.java"):
                pkg = os.path.relpath(d, root).replace(os.sep, ".")
                name = f[:-5]
                orig = moved.get((kind, pkg, name), pkg)
                files.append((kind, pkg, name, orig, os.path.join(d, f)))
types = [(k, p, n, o) for k, p, n, o, _ in files]

def code_words(src):
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith("/*", i):
            j = src.find("*/", i + 2); j = n if j < 0 else j + 2
            com = src[i:j]
            for m in re.finditer(r"\{@link(?:plain)?\s+([^}]*)\}|@(?:throws|exception|see)\s+(\S+)", com):
                out.append(" " + (m.group(1) or m.group(2)) + " ")
            i = j
        elif src.startswith("//", i):
            j = src.find("\n", i); i = n if j < 0 else j
        elif src[i] == '"':
            if src.startswith('"""', i):
                j = src.find('"""', i + 3); i = n if j < 0 else j + 3
            else:
                j = i + 1
                while j < n and src[j] != '"':
                    j += 2 if src[j] == "\\" else 1
                i = j + 1
        elif src[i] == "'":
            j = i + 1
            while j < n and src[j] != "'":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
        else:
            out.append(src[i]); i += 1
    return set(re.findall(r"(?<![\w.])[A-Z][A-Za-z0-9_]*\b", "".join(out)))

for kind, pkg, name, orig, path in files:
    src = open(path, encoding="utf-8").read()
    lines = src.split("\n")
    imported = {}
    for l in lines:
        m = re.match(r"import\s+([\w.]+)\.(\w+)\s*;", l)
        if m:
            imported[m.group(2)] = m.group(1)
    words = None
    need = []
    for k, p, n, o in types:
        if n == name or o != orig or p == pkg or (kind == "main" and k == "test"):
            continue
        if n in imported:
            continue
        if words is None:
            words = code_words(src)
        if n in words:
            need.append(p + "." + n)
    own = [l for l in lines if re.match(r"import\s+" + re.escape(pkg) + r"\.[A-Z]\w*\s*;", l)]
    if not need and not own:
        continue
    lines = [l for l in lines if l not in own]
    for imp in sorted(set(need)):
        text = "import " + imp + ";"
        idx = [i for i, l in enumerate(lines) if l.startswith("import ") and not l.startswith("import static ")]
        if idx:
            pos = next((i for i in idx if lines[i] > text), idx[-1] + 1)
            lines.insert(pos, text)
        else:
            st = [i for i, l in enumerate(lines) if l.startswith("import static ")]
            at = (st[-1] + 1) if st else next(i for i, l in enumerate(lines) if l.startswith("package ")) + 1
            lines[at:at] = ["", text]
    open(path, "w", encoding="utf-8").write("\n".join(lines))
PY

# 5. package-info of the new packages (only where missing) and module-info exports
write_info() { # pkg file-text
  local f=$MODULE/src/main/java/$(pkgdir "$1")/package-info.java
  [ -f "$f" ] || { mkdir -p "$(dirname "$f")"; printf '%s\n' "$2" > "$f"; git add "$f"; }
}
write_info rules.authoring "/**
 * For people who write rules: a force's own rules, or the catalogue's. Criteria and relations that describe
 * themselves in words and compose their words ({@link io.github.accountgovernance.rules.authoring.Criterion},
 * {@link io.github.accountgovernance.rules.authoring.Relation}), selections of subjects and rule building
 * ({@link io.github.accountgovernance.rules.authoring.Rules}, {@link io.github.accountgovernance.rules.authoring.Rule}),
 * typed parameters, what a criterion sees ({@link io.github.accountgovernance.rules.authoring.EvaluationContext}),
 * analyses shared within an evaluation, and the words rules are written in: ids, severities, subjects, findings
 * and their evidence.
 *
 * <p>To run a pack and read its report, start from {@link io.github.accountgovernance.rules}.
 */
@GovernanceStyle
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.authoring;

import io.github.accountgovernance.core.api.PublicAPI;
import io.github.accountgovernance.core.internal.GovernanceStyle;"
write_info rules.files "/**
 * For people who read or write the rules' files: every reader and writer of them. Policy packs
 * ({@link io.github.accountgovernance.rules.files.PackFiles}), waivers
 * ({@link io.github.accountgovernance.rules.files.WaiverFiles}), baselines
 * ({@link io.github.accountgovernance.rules.files.BaselineFiles}) and the versioned JSON report
 * ({@link io.github.accountgovernance.rules.files.ReportJson}, written and read back), each as YAML or JSON, every
 * problem reported with file, line, column and path in one
 * {@link io.github.accountgovernance.rules.files.InvalidGovernanceFileException}.
 *
 * <p>Estate files are read by {@code io.github.accountgovernance.core.io}; report formats for people and tools
 * are in {@link io.github.accountgovernance.rules.report}.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.rules.files;

import io.github.accountgovernance.core.api.PublicAPI;"
MI=$MODULE/src/main/java/module-info.java
for p in files authoring; do
  grep -q "exports $BASE.$p;" "$MI" || sed -i "s/^\(  exports ${BASE//./\\.};\)$/\1\n  exports $BASE.$p;/" "$MI"
done
rm -f "$plan" "$sedprog"
echo "rehouse-apply: done in $DIR"
