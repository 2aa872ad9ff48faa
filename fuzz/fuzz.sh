#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Driver behind `./dev fuzz` (docs/fuzzing.md).
#   fuzz.sh seeds SEED_DIR CORPORA_DIR      copy seed inputs (runs outside the build root, where
#                                           ../shared/corpora is visible); nothing goes into the repo
#   fuzz.sh run BUILD_DIR [TARGET|all] [SECONDS]
#                                           configure and build the fuzzers with clang, then run each
#                                           for SECONDS (default 60), one process, one job
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGETS=(fuzz_import_postman fuzz_import_curl fuzz_import_http fuzz_import_openapi fuzz_import_har
         fuzz_import_insomnia fuzz_import_auto fuzz_variables fuzz_workspacejson fuzz_jwt
         fuzz_diagnosis fuzz_sim_gateway)

say() { printf 'fuzz: %s\n' "$*" >&2; }

# copy_seeds TARGET DIR...: every file under the DIRs smaller than 512 KiB, named by content hash.
copy_seeds() {
    local target=$1; shift
    local out=$SEEDS/$target d f
    mkdir -p "$out"
    for d in "$@"; do
        [[ -d $d ]] || continue
        while IFS= read -r -d '' f; do
            cp "$f" "$out/$(sha1sum "$f" | cut -c1-16)"
        done < <(find "$d" -type f -size -512k ! -name 'MANIFEST.md' -print0)
    done
}

# seed TARGET NAME BYTES (printf format): one hand-written seed.
seed() {
    mkdir -p "$SEEDS/$1"
    # shellcheck disable=SC2059
    printf "$3" >"$SEEDS/$1/$2"
}

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

cmd_seeds() {
    SEEDS=$1
    local corpora=$2 data=$REPO/tests
    rm -rf "$SEEDS"
    mkdir -p "$SEEDS"
    [[ -d $corpora ]] || say "no corpora at $corpora: seeding from tests/**/data and built-in seeds only"
    local c=$corpora f=$data/formats/data w=$data/workspace/data
    copy_seeds fuzz_import_postman "$c/postman-newman" "$c/postman-collection" "$c/postman-collection-transformer" \
        "$c/postman-code-generators" "$c/restfox" "$c/yaak" "$c/atac" "$w/postman" "$data/runner/data"
    copy_seeds fuzz_import_curl "$c/curlconverter" "$c/httpsnippet" "$f/curlconverter" "$f/httpsnippet"
    copy_seeds fuzz_import_http "$c/jetbrains-http-spec" "$c/vscode-restclient" "$f/jetbrains-http-spec" "$f/vscode-restclient"
    copy_seeds fuzz_import_openapi "$c/openapi-examples" "$c/azure-apiops" "$c/har-sdk" "$f/openapi-examples"
    copy_seeds fuzz_import_har "$c/har-sdk" "$c/har-validator" "$c/httpsnippet" "$f/har-validator" "$f/httpsnippet"
    copy_seeds fuzz_import_insomnia "$c/insomnia" "$c/yaak" "$c/restfox" "$f/insomnia"
    copy_seeds fuzz_import_auto "$f" "$w/postman" "$c/insomnia" "$c/openapi-examples" "$c/postman-collection"

    # Workspace files: the first byte picks the type the loader expects (fuzz_workspacejson.cpp).
    mkdir -p "$SEEDS/fuzz_workspacejson"
    local file type n=0
    while IFS= read -r -d '' file; do
        case $file in
            */workspace.json) type='\x00' ;;
            */collection.json) type='\x01' ;;
            */folder.json) type='\x02' ;;
            *.request.json) type='\x03' ;;
            */environments/*.json) type='\x04' ;;
            *) continue ;;
        esac
        { printf "$type"; cat "$file"; } >"$SEEDS/fuzz_workspacejson/seed$((n++))"
    done < <(find "$w" "$data/cli" -type f -name '*.json' -print0 2>/dev/null)
    seed fuzz_workspacejson secrets '\x05{"type":"secrets","schemaVersion":1,"values":{"ws/env/key":"fake-key-0000"}}'

    seed fuzz_variables nested '{{baseUrl}}/{{ path }}?k={{key_{{env}}}}&g={{$guid}}&t={{$timestamp}}\x00baseUrl=https://{{host}}\nhost=example.org\nenv=dev\nkey_dev=fake-key-0000\npath=a/{{env}}'
    seed fuzz_variables cycle '{{a}} {{b}} {{missing}} {{$randomInt}} {{$isoTimestamp}}\x00a={{b}}\nb={{a}}\nc=\n{{x}}=y'
    seed fuzz_variables unbalanced '{{{{a}}}} {{ {{ }} }} {{a}\x00a=1\n=2\n a =3'

    local header payload
    header=$(printf '{"alg":"RS256","typ":"JWT","kid":"k1"}' | b64url)
    payload=$(printf '{"iss":"https://sts.windows.net/00000000-0000-0000-0000-000000000000/","aud":["api://gatehouse","x"],"exp":1767225600,"nbf":1767222000,"scp":"read"}' | b64url)
    seed fuzz_jwt entra-v1 "Bearer $header.$payload.c2lnbmF0dXJl"
    payload=$(printf '{"iss":"https://login.microsoftonline.com/t/v2.0","aud":"api://x","exp":"soon","nbf":1.5e300}' | b64url)
    seed fuzz_jwt entra-v2 "$header.$payload.c2ln"
    seed fuzz_jwt unsigned "$(printf '{"alg":"none"}' | b64url).$(printf '{"sub":1}' | b64url)."

    seed fuzz_diagnosis key-missing '401\x00WWW-Authenticate: AzureApiManagementKey realm="https://contoso.azure-api.net/echo",name="Ocp-Apim-Subscription-Key",type="header"\nContent-Type: application/json\x00{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }\x00\x00\x00\x00\x00\x00\x01\x00\x00'
    seed fuzz_diagnosis key-invalid '401\x00WWW-Authenticate: AzureApiManagementKey realm="https://contoso.azure-api.net/loyalty",name="X-Partner-Token",type="header"\x00{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }\x00fake-key-0000 \x00\x00\x01\x00\x00\x01\x01\x00'
    seed fuzz_diagnosis throttled '429\x00Retry-After: 7\nContent-Type: application/json\x00{ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 7 seconds." }\x00fake-key-0000\x00\x00\x01\x00\x00\x01\x00\x00'
    seed fuzz_diagnosis quota '403\x00Retry-After: 25201\x00{ "statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 07:00:01." }\x00k\x00\x01\x02\x00\x00\x01\x00\x02'
    seed fuzz_diagnosis jwt '401\x00WWW-Authenticate: Bearer error="invalid_token"\x00{ "statusCode": 401, "message": "Invalid JWT." }\x00'"$header.$payload.c2ln"'\x00\x00\x00\x01\x00\x01'
    seed fuzz_diagnosis not-found '404\x00Content-Type: application/json\x00{ "statusCode": 404, "message": "Resource not found" }\x00k\x00\x00\x01\x00\x00\x01'
    seed fuzz_diagnosis gateway-error '500\x00x-ms-apim-trace-location: x\x00{ "statusCode": 500, "message": "Internal server error", "activityId": "00000000-0000-0000-0000-000000000000" }\x00k\x00\x00\x01\x00\x00\x00'

    seed fuzz_sim_gateway starter 'GET\x00/echo/resource\x00\x00Ocp-Apim-Subscription-Key: fake-starter-primary-key-00000001\x00'
    seed fuzz_sim_gateway loyalty 'GET\x00/loyalty/members/7/points\x00\x00Ocp-Apim-Subscription-Key: fake-starter-primary-key-00000001\x00'
    seed fuzz_sim_gateway partner 'GET\x00/partners/stock\x00partner-token=x&a=%%zz\x00\x00'
    seed fuzz_sim_gateway revision 'GET\x00/shop/orders;rev=2/1001/tracking\x00\x00Ocp-Apim-Subscription-Key: fake-starter-primary-key-00000001\x00'
    seed fuzz_sim_gateway versioned 'GET\x00/stores/\x00\x00Api-Version: v1\nOcp-Apim-Subscription-Key: fake-starter-primary-key-00000001\x00'
    seed fuzz_sim_gateway jwt 'GET\x00/admin/baristas\x00\x00Authorization: Bearer '"$header.$payload.c2ln"'\x00'
    seed fuzz_sim_gateway cors 'OPTIONS\x00/menu/drinks\x00\x00Origin: https://elsewhere.example\nAccess-Control-Request-Method: POST\x00'
    seed fuzz_sim_gateway trace 'POST\x00/echo/resource\x00subscription-key=fake-starter-primary-key-00000001\x00Apim-Debug-Authorization: x\nContent-Type: application/json\x00{"a":1}'
    local t
    for t in "${TARGETS[@]}"; do
        printf '%s: %s seeds\n' "$t" "$(find "$SEEDS/$t" -type f 2>/dev/null | wc -l)" >&2
    done
}

cmd_run() {
    local build=$1 target=${2:-all} seconds=${3:-60}
    [[ $seconds =~ ^[0-9]+$ ]] || { say "SECONDS must be a number, not '$seconds'"; exit 2; }
    local -a targets=("${TARGETS[@]}")
    if [[ $target != all ]]; then
        [[ " ${TARGETS[*]} " == *" $target "* || " ${TARGETS[*]} " == *" fuzz_$target "* ]] ||
            { say "unknown target '$target'; one of: ${TARGETS[*]}"; exit 2; }
        [[ $target == fuzz_* ]] || target=fuzz_$target
        targets=("$target")
    fi
    if [[ ! -f $build/CMakeCache.txt ]]; then
        cmake -S "$REPO" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
            -DGATEHOUSE_BUILD_FUZZERS=ON -DGATEHOUSE_BUILD_GUI=OFF -DGATEHOUSE_BUILD_TESTS=OFF >&2
    fi
    cmake --build "$build" -j 2 --target "${targets[@]}" >&2
    # libFuzzer's -timeout is wall-clock time: on a busy machine (a build running beside it) a
    # normal input can take seconds, so the default is generous; a real hang still ends the run.
    local timeout=${GATEHOUSE_FUZZ_TIMEOUT:-30}
    local status=0 t log
    for t in "${targets[@]}"; do
        mkdir -p "$build/fuzz/corpus/$t" "$build/fuzz/artifacts/$t" "$build/fuzz/seeds/$t"
        log=$build/fuzz/$t.log
        say "$t: ${seconds}s (log: $log)"
        # Seeds are read, new inputs go to corpus/; a crash or hang lands in artifacts/ and stops the run.
        if "$build/fuzz/bin/$t" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=4096 -max_len=262144 \
            -print_final_stats=1 -artifact_prefix="$build/fuzz/artifacts/$t/" \
            "$build/fuzz/corpus/$t" "$build/fuzz/seeds/$t" >"$log" 2>&1; then
            printf '%s: clean, %s runs, %s, corpus %s\n' "$t" \
                "$(awk '/stat::number_of_executed_units/ { print $2 }' "$log")" \
                "$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)" \
                "$(find "$build/fuzz/corpus/$t" -type f | wc -l)"
        else
            status=1
            printf '%s: FAILED, see %s; input in %s\n' "$t" "$log" "$build/fuzz/artifacts/$t/"
            grep -m3 -E 'ERROR: |SUMMARY: |Test unit written' "$log" || true
        fi
    done
    return $status
}

case ${1:-} in
    seeds) shift; cmd_seeds "$@" ;;
    run) shift; cmd_run "$@" ;;
    *) echo "usage: fuzz.sh seeds SEED_DIR CORPORA_DIR | run BUILD_DIR [TARGET|all] [SECONDS]" >&2; exit 2 ;;
esac
