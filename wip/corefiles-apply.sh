#!/usr/bin/env bash
# corefiles-apply.sh DIR — brings a checkout of account-governance onto the corefiles package layout.
#
#   core.internal.{LocatedNode,LocatedReader,ObjectFields,Output,Problems,Syntax} -> core.files   (the files layer)
#   core.internal.Suggestions                                                   -> core.problem
#   core.model.EstateProblem                 -> core.problem.Problem
#   core.model.EstateProblem.SourceLocation  -> core.problem.SourceLocation      (a top-level record)
#   core.internal.GovernanceStyle stays where it is.
#
# What it does, and nothing else:
#   1. git mv of the moved files, in src/main/java and src/test/java of every module (skipped when the old file is
#      gone, so a second run changes nothing);
#   2. sed of the old fully-qualified names, imports and package lines to the new ones, and of the simple names
#      EstateProblem / EstateProblem.SourceLocation, in every *.java (module-info.java included) and *.md under
#      DIR, except CHANGELOG.md (its released entries keep the names they were released with).
# It does not write new files: SourceLocation's own file, InvalidFileException and the package-info files of the new
# packages come with the corefiles branch. On a branch without them, merge corefiles after running this.
# Idempotent: running it twice is the same as running it once. The list of renames is /work/wt/corefiles-renames.txt.
set -euo pipefail

dir=${1:?usage: corefiles-apply.sh DIR}
cd "$dir"
git rev-parse --is-inside-work-tree >/dev/null

base=io/github/accountgovernance/core
files_layer="LocatedNode LocatedReader ObjectFields Output Problems Syntax"

move() { # old new: git mv unless done already
  local old=$1 new=$2
  if [[ -e $old && ! -e $new ]]; then
    mkdir -p "$(dirname "$new")"
    git mv "$old" "$new"
    echo "moved $old -> $new"
  elif [[ -e $old && -e $new ]]; then
    echo "WARNING: both $old and $new exist; left as they are" >&2
  fi
}

for module in */; do
  module=${module%/}
  for kind in main test; do
    root=$module/src/$kind/java/$base
    [[ -d $root ]] || continue
    for name in $files_layer; do
      move "$root/internal/$name.java" "$root/files/$name.java"
      # tests of a moved class move with it (LocatedReaderTest, ProblemsTest, ...)
      for t in "$root/internal/$name"*Test.java "$root/internal/$name"*Properties.java; do
        [[ -e $t ]] && move "$t" "$root/files/$(basename "$t")"
      done
    done
    move "$root/internal/Suggestions.java" "$root/problem/Suggestions.java"
    for t in "$root/internal/Suggestions"*Test.java; do
      [[ -e $t ]] && move "$t" "$root/problem/$(basename "$t")"
    done
    move "$root/model/EstateProblem.java" "$root/problem/Problem.java"
    for t in "$root/model/EstateProblem"*Test.java; do
      [[ -e $t ]] && move "$t" "$root/problem/Problem${t##*/EstateProblem}"
    done
    # package lines of what moved into core.files / core.problem
    if [[ -d $root/files ]]; then
      find "$root/files" -name '*.java' -exec \
        sed -i 's/^package io\.github\.accountgovernance\.core\.internal;/package io.github.accountgovernance.core.files;/' {} +
    fi
    if [[ -d $root/problem ]]; then
      find "$root/problem" -name '*.java' -exec \
        sed -i -E 's/^package io\.github\.accountgovernance\.core\.(internal|model);/package io.github.accountgovernance.core.problem;/' {} +
    fi
  done
done

p='io\.github\.accountgovernance\.core'
names=$(echo "$files_layer" | tr ' ' '|')
find . -path ./.git -prune -o -path '*/target' -prune -o \
    \( -name '*.java' -o -name '*.md' \) ! -name CHANGELOG.md -type f -print0 |
  xargs -0 -r grep -lZE 'core\.internal\.|EstateProblem' |
  xargs -0 -r sed -i -E \
    -e "s/${p}\.model\.EstateProblem\.SourceLocation\b/io.github.accountgovernance.core.problem.SourceLocation/g" \
    -e "s/${p}\.model\.EstateProblem\b/io.github.accountgovernance.core.problem.Problem/g" \
    -e "s/${p}\.internal\.(${names})\b/io.github.accountgovernance.core.files.\1/g" \
    -e "s/${p}\.internal\.Suggestions\b/io.github.accountgovernance.core.problem.Suggestions/g" \
    -e 's/\bcore\.internal\.('"${names}"')\b/core.files.\1/g' \
    -e 's/\bcore\.internal\.Suggestions\b/core.problem.Suggestions/g' \
    -e 's/\bEstateProblem\.SourceLocation\b/SourceLocation/g' \
    -e 's/\bEstateProblem\b/Problem/g'

# Types that used to share a package with their users now need an import there.
ensure_import() { # file type-fqcn simple-name
  local file=$1 fqcn=$2 simple=$3
  if grep -qE "\\b${simple}\\b" "$file" && ! grep -qE "^import ${fqcn//./\\.};" "$file"; then
    sed -i -E "0,/^package [a-z.]+;/s//&\n\nimport ${fqcn};/" "$file"
    echo "import $fqcn added to $file"
  fi
}
for module in */; do
  for kind in main test; do
    root=${module%/}/src/$kind/java/$base
    for f in "$root"/model/*.java; do
      [[ -e $f ]] && ensure_import "$f" io.github.accountgovernance.core.problem.Problem Problem
    done
    for f in "$root"/files/*.java; do
      [[ -e $f ]] && ensure_import "$f" io.github.accountgovernance.core.problem.Suggestions Suggestions
    done
  done
done
echo "corefiles layout applied to $dir"
