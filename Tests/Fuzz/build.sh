#!/usr/bin/env bash
# Builds the libFuzzer targets of Tests/Fuzz without touching Package.swift:
#
#   Tests/Fuzz/build.sh [OUT] [TARGET…]        (OUT defaults to /tmp/torture-fuzz)
#
# Coach's own modules (CivilTime, TextSafety, ComplaintDomain, Training, CaseEvents, Guidance,
# CoachStore) and Yams with its libyaml are compiled here from their sources with coverage
# instrumentation (swiftc -sanitize=fuzzer, clang -fsanitize=fuzzer-no-link), so the fuzzer
# sees their branches. GRDB, swift-crypto and ArgumentParser are taken as already built by
# `swift build -c release --scratch-path $DEPS` (DEPS defaults to /tmp/torture-build; it is
# built first when missing): they are linked, not instrumented. route-json compiles the
# reader's own files from Sources/CoachCLI (StrictJSON, RouteRequest and its decision, RouteOutput, Failure).
#
# SRC (default: this checkout) says whose Sources to build, e.g. an exported commit.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="${SRC:-$(cd "$HERE/../.." && pwd)}"
OUT="${1:-/tmp/torture-fuzz}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    mapfile -t TARGETS < <(grep -v '^#' "$HERE/targets" | grep -v '^$')
fi
DEPS="${DEPS:-/tmp/torture-build}"
TRIPLE="$(uname -m)-unknown-linux-gnu"
REL="$DEPS/$TRIPLE/release"
CHECKOUTS="$DEPS/checkouts"
OPT="${FUZZ_OPT:--O}"

if [ ! -f "$REL/Modules/GRDB.swiftmodule" ] || [ ! -f "$REL/Modules/Crypto.swiftmodule" ]; then
    echo "build.sh: building the dependencies once (swift build -c release --scratch-path $DEPS)" >&2
    (cd "$SRC" && swift build -c release --scratch-path "$DEPS" >&2)
fi

mkdir -p "$OUT/mod" "$OUT/obj" "$OUT/deps"
# Only the dependencies' modules: the release folder also has Coach's own, uninstrumented.
for m in GRDB Crypto CryptoBoringWrapper ArgumentParser ArgumentParserToolInfo SwiftASN1; do
    [ -e "$REL/Modules/$m.swiftmodule" ] && ln -sfn "$REL/Modules/$m.swiftmodule" "$OUT/deps/$m.swiftmodule"
done

CLANG_MAPS=(
    -Xcc "-fmodule-map-file=$CHECKOUTS/GRDB.swift/Sources/GRDBSQLite/module.modulemap"
    -Xcc "-fmodule-map-file=$CHECKOUTS/swift-crypto/Sources/CCryptoBoringSSLShims/include/module.modulemap"
    -Xcc -I -Xcc "$CHECKOUTS/swift-crypto/Sources/CCryptoBoringSSLShims/include"
    -Xcc "-fmodule-map-file=$CHECKOUTS/swift-crypto/Sources/CCryptoBoringSSL/include/module.modulemap"
    -Xcc -I -Xcc "$CHECKOUTS/swift-crypto/Sources/CCryptoBoringSSL/include"
    -Xcc "-fmodule-map-file=$CHECKOUTS/Yams/Sources/CYaml/include/module.modulemap"
    -Xcc -I -Xcc "$CHECKOUTS/Yams/Sources/CYaml/include"
    -Xcc -DYAML_DECLARE_STATIC
)
SWIFTC=(swiftc -sanitize=fuzzer -parse-as-library "$OPT" -g -enable-testing -swift-version 6 -D SWIFT_PACKAGE
        -I "$OUT/mod" -I "$OUT/deps" "${CLANG_MAPS[@]}")

# One module, whole-module, into one object: module NAME SOURCES…
module() {
    local name="$1"; shift
    local stamp="$OUT/obj/$name.o"
    if [ -f "$stamp" ] && [ -z "$(find "$@" -newer "$stamp" 2>/dev/null | head -1)" ]; then
        return
    fi
    echo "  swiftc $name" >&2
    "${SWIFTC[@]}" -wmo -module-name "$name" -emit-module -emit-module-path "$OUT/mod/$name.swiftmodule" \
        -c -o "$stamp" "$@"
}

# libyaml, instrumented.
if [ ! -f "$OUT/obj/cyaml.stamp" ]; then
    echo "  clang CYaml" >&2
    mkdir -p "$OUT/obj/cyaml"
    for c in "$CHECKOUTS/Yams/Sources/CYaml/src/"*.c; do
        clang -c -O1 -g -fPIC -fsanitize=fuzzer-no-link -DYAML_DECLARE_STATIC \
            -I "$CHECKOUTS/Yams/Sources/CYaml/include" "$c" -o "$OUT/obj/cyaml/$(basename "$c" .c).o"
    done
    touch "$OUT/obj/cyaml.stamp"
fi

S="$SRC/Sources"
module Yams "$CHECKOUTS/Yams/Sources/Yams/"*.swift
module CivilTime "$S/CivilTime/"*.swift
module TextSafety "$S/TextSafety/"*.swift
module ComplaintDomain "$S/ComplaintDomain/"*.swift
module Training "$S/Training/"*.swift
module CaseEvents "$S/CaseEvents/"*.swift
module Guidance "$S/Guidance/"*.swift

needs_store=0
for t in "${TARGETS[@]}"; do [ "$t" = search-query ] && needs_store=1; done
if [ $needs_store = 1 ]; then
    module CoachStore "$S/CoachStore/"*.swift
fi

# Where the shipped guidance is, for the targets that read it.
cat > "$OUT/FuzzPaths.swift" <<EOF
enum FuzzPaths {
    static let guidance = "$SRC/guidance"
}
EOF

objs() { find "$@" -name '*.o' 2>/dev/null; }
OWN=("$OUT/obj/CivilTime.o" "$OUT/obj/TextSafety.o" "$OUT/obj/ComplaintDomain.o" "$OUT/obj/Training.o"
     "$OUT/obj/CaseEvents.o" "$OUT/obj/Guidance.o" "$OUT/obj/Yams.o")
mapfile -t CYAML < <(objs "$OUT/obj/cyaml")

for t in "${TARGETS[@]}"; do
    echo "  link fuzz-$t" >&2
    extra_sources=()
    extra_objects=()
    case "$t" in
        route-json)
            extra_sources=("$S/CoachCLI/StrictJSON.swift" "$S/CoachCLI/RouteRequest.swift" "$S/CoachCLI/RouteRequest+Decision.swift" "$S/CoachCLI/RouteOutput.swift"
                           "$S/CoachCLI/Failure.swift")
            mapfile -t extra_objects < <(objs "$REL/ArgumentParser.build" "$REL/ArgumentParserToolInfo.build")
            ;;
        search-query)
            extra_objects=("$OUT/obj/CoachStore.o")
            mapfile -t -O ${#extra_objects[@]} extra_objects < <(objs "$REL/GRDB.build" "$REL/Crypto.build" \
                "$REL/CryptoBoringWrapper.build" "$REL/CCryptoBoringSSL.build" "$REL/CCryptoBoringSSLShims.build")
            ;;
    esac
    "${SWIFTC[@]}" -module-name "Fuzz_${t//-/_}" "$HERE/$t/"*.swift "$HERE/Shared/"*.swift "$OUT/FuzzPaths.swift" "${extra_sources[@]}" \
        "${OWN[@]}" "${CYAML[@]}" "${extra_objects[@]}" -lsqlite3 -lstdc++ -o "$OUT/fuzz-$t"
done
echo "built: ${TARGETS[*]/#/$OUT/fuzz-}" >&2
