#!/usr/bin/env bash
# The device check of issue 20: builds Sonara against the machine's torch (a CUDA libtorch from
# PyTorch), runs the parity tests and one sonara-bench line per capability on the device, and
# writes JSON lines to $OUT (default ./gpu-check):
#   bench.jsonl    one line per capability: sonara-bench's JSON plus "capability" and "harness"
#   summary.json   one line: harness, device, torch, GPU, build, parity and product test counts
# plus the logs (configure, build, ctest-*.log).
#
# Harness, recorded as "harness" in every line:
#   product      Qt 6 and FFmpeg are there: the whole tree is configured; `sonara`, the parity
#                tests and the product's device tests (test_compute_device, e2e_serve_device:
#                device choice, fallback to the CPU, the device stored with the job) are built
#                and run with SONARA_TEST_DEVICE set to the device.
#   models-only  a bare machine with only a PyTorch wheel: models/ and sonara-bench alone
#                (-DSONARA_MODELS_ONLY=ON), the parity tests and the bench lines.
#
# Usage: bash app/bench/gpu_check.sh [--device cuda|cpu] [--quick] [--models-only] [--dry-run]
#   --device cpu   the same check on the CPU, with small bench sizes: proves the script on a
#                  machine without a GPU (CI, a laptop).
#   --quick        the parity tests and the first bench lines only.
#   --dry-run      prints what it would run, runs nothing, writes nothing.
# Environment: SONARA_GPU_BUILD (build folder, default /tmp/sonara-gpu-build); SONARA_GPU_REUSE=1
# builds in that folder as it is already configured (no configure step); SONARA_NLOHMANN_DIR (a
# copy of nlohmann/json.hpp where Debian's package is absent); SONARA_FIXTURES.
set -u

device=cuda
quick=0
models_only=0
dry=0
while [ $# -gt 0 ]; do
    case "$1" in
    --device) device=${2:-}; shift ;;
    --device=*) device=${1#--device=} ;;
    --quick | quick) quick=1 ;;
    --models-only) models_only=1 ;;
    --dry-run) dry=1 ;;
    -h | --help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "gpu_check: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
    shift
done
case "$device" in
cuda | cpu) ;;
*) echo "gpu_check: --device takes cuda or cpu, not '$device'" >&2; exit 2 ;;
esac

out=${OUT:-$PWD/gpu-check}
build=${SONARA_GPU_BUILD:-/tmp/sonara-gpu-build}
jobs=$(nproc)

# Runs a command, or only shows it with --dry-run.
run() {
    if [ "$dry" = 1 ]; then
        printf '+ %s\n' "$*"
        return 0
    fi
    "$@"
}

# Runs a command with its output in $out/LOG (shown, not run, with --dry-run).
run_logged() {
    local name=$1
    shift
    if [ "$dry" = 1 ]; then
        printf '+ %s > %s\n' "$*" "$out/$name"
        return 0
    fi
    "$@" >"$out/$name" 2>&1
}

[ "$dry" = 1 ] || mkdir -p "$out"

# --- the machine ----------------------------------------------------------------------------
prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)' 2>/dev/null || true)
torch_version=$(python3 -c 'import torch; print(torch.__version__)' 2>/dev/null ||
    awk '/#define TORCH_VERSION_(MAJOR|MINOR|PATCH) / {v = v (v ? "." : "") $3} END {print v}' \
        /usr/include/torch/csrc/api/include/torch/version.h 2>/dev/null)
gpu=none
if [ "$device" = cuda ]; then
    if ! gpu=$(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader \
        2>/dev/null | head -1) || [ -z "$gpu" ]; then
        echo "gpu_check: no NVIDIA GPU answers nvidia-smi; run with --device cpu to check the" \
            "script on the CPU" >&2
        exit 1
    fi
fi
echo "== device $device ($gpu), torch ${torch_version:-unknown} from ${prefix:-the system}"

# --- which harness --------------------------------------------------------------------------
harness=models-only
reason="--models-only given"
if [ "$models_only" = 0 ]; then
    if pkg-config --exists Qt6Core Qt6Network Qt6Sql libavformat libavcodec libswresample \
        2>/dev/null; then
        harness=product
        reason="Qt 6 and FFmpeg found"
    else
        reason="Qt 6 or FFmpeg missing (pkg-config Qt6Core Qt6Network Qt6Sql libavformat)"
    fi
fi
if [ "${SONARA_GPU_REUSE:-0}" = 1 ] && [ -f "$build/CMakeCache.txt" ]; then
    grep -q '^SONARA_MODELS_ONLY:BOOL=ON' "$build/CMakeCache.txt" && {
        harness=models-only
        reason="reused build folder is models-only"
    }
fi
echo "== harness: $harness ($reason)"

# --- configure and build --------------------------------------------------------------------
configure=(cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release)
[ -n "$prefix" ] && configure+=("-DCMAKE_PREFIX_PATH=$prefix")
[ "$harness" = models-only ] && configure+=(-DSONARA_MODELS_ONLY=ON)
# Debian's nlohmann-json may be absent there; a copy can travel beside the sources.
[ -f "${SONARA_NLOHMANN_DIR:-/nonexistent}/nlohmann/json.hpp" ] &&
    configure+=("-DSONARA_NLOHMANN_INCLUDE=$SONARA_NLOHMANN_DIR")
build_state=ok
if [ "${SONARA_GPU_REUSE:-0}" = 1 ] && [ -f "$build/CMakeCache.txt" ]; then
    echo "== reusing $build as configured"
elif ! run_logged configure.log "${configure[@]}"; then
    tail -40 "$out/configure.log"
    build_state=configure-failed
fi

# The parity tests' executables and the product's device tests: only what this check runs.
product_tests='^(test_compute_device|e2e_serve_device)$'
targets=(sonara-bench)
if [ "$build_state" = ok ] && [ "$dry" = 0 ]; then
    mapfile -t parity_targets < <(ctest --test-dir "$build" --show-only=json-v1 -R '^parity_' |
        python3 -c 'import json, os, sys
names = {os.path.basename(t["command"][0]) for t in json.load(sys.stdin)["tests"] if t.get("command")}
print("\n".join(sorted(names)))')
    targets+=("${parity_targets[@]}")
    [ "$harness" = product ] && targets+=(sonara test_compute_device e2e_serve_device)
    if ! cmake --build "$build" -j"$jobs" --target "${targets[@]}" >"$out/build.log" 2>&1; then
        grep -E "error|Error" -A4 "$out/build.log" | head -120
        build_state=build-failed
    fi
elif [ "$dry" = 1 ]; then
    run cmake --build "$build" -j"$jobs" --target sonara-bench '<parity test executables>' \
        $([ "$harness" = product ] && echo sonara test_compute_device e2e_serve_device)
fi
echo "== build: $build_state"

# --- tests on the device --------------------------------------------------------------------
# "N tests failed out of M" -> "M N", from a ctest log.
counts() {
    sed -n 's/.* \([0-9]*\) tests failed out of \([0-9]*\).*/\2 \1/p' "$1" 2>/dev/null | tail -1
}
parity="0 0"
product="0 0"
if [ "$build_state" = ok ]; then
    SONARA_TEST_DEVICE=$device run_logged ctest-parity.log \
        ctest --test-dir "$build" -R '^parity_' -j2 --output-on-failure
    [ "$dry" = 0 ] && { tail -3 "$out/ctest-parity.log"; parity=$(counts "$out/ctest-parity.log"); }
    if [ "$harness" = product ]; then
        SONARA_TEST_DEVICE=$device run_logged ctest-product.log \
            ctest --test-dir "$build" -R "$product_tests" --output-on-failure
        [ "$dry" = 0 ] && {
            tail -3 "$out/ctest-product.log"
            product=$(counts "$out/ctest-product.log")
        }
    fi
fi

# --- one bench line per capability ----------------------------------------------------------
bench() {
    local capability=$1
    shift
    local args=("$@" --device "$device")
    if [ "$device" = cuda ]; then
        args+=(--iterations 5 --warmup 2)
    else
        args+=(--iterations 1 --warmup 0)
    fi
    if [ "$dry" = 1 ]; then
        run "$build/app/bench/sonara-bench" "${args[@]}"
        return
    fi
    local line
    if ! line=$("$build/app/bench/sonara-bench" "${args[@]}" 2>>"$out/bench.log"); then
        line='{"error": "sonara-bench failed, see bench.log"}'
    fi
    CAPABILITY=$capability HARNESS=$harness python3 -c 'import json, os, sys
line = json.loads(sys.stdin.read().strip().splitlines()[-1])
line.update(capability=os.environ["CAPABILITY"], harness=os.environ["HARNESS"])
print(json.dumps(line))' <<<"$line" | tee -a "$out/bench.jsonl"
}
[ "$dry" = 1 ] || : >"$out/bench.jsonl"
if [ "$build_state" = ok ]; then
    if [ "$device" = cuda ]; then
        bench stt whisper --dtype fp16 --size large-v3 --batch 1 --tokens 200
        bench stt whisper --dtype fp16 --size large-v3-turbo --batch 16 --tokens 200
        if [ "$quick" = 0 ]; then
            bench stt whisper --dtype fp16 --size large-v3 --batch 1 --tokens 200 --cuda-graphs off
            bench stt wav2vec2 --dtype fp16 --size large --seconds 60 --batch 1
            bench tts vits --size mms --tokens 400
            bench tts tacotron2 --dtype fp16 --chars 200
            bench tts hifigan --dtype fp16 --seconds 10
            bench voice-changer knnvc --dtype fp16 --seconds 60 --matching-minutes 5
            bench separation htdemucs --seconds 60
            bench denoise hdemucs --seconds 60
            bench music musicgen --dtype fp16 --size small --seconds 10
            bench translate marian --dtype fp16 --batch 16 --tokens 48
        fi
    else
        bench stt whisper --size tiny --tokens 20 --seconds 30
        bench stt wav2vec2 --size base --seconds 1
        if [ "$quick" = 0 ]; then
            bench tts vits --size mms --tokens 40
            bench tts tacotron2 --chars 3
            bench voice-changer knnvc --size base --seconds 0.5 --matching-minutes 0.1
            bench separation htdemucs --seconds 1
            bench denoise hdemucs --seconds 1
            bench music musicgen --size tiny --seconds 0.2
            bench translate marian --batch 2 --tokens 4
        fi
    fi
fi

# --- summary --------------------------------------------------------------------------------
[ "$dry" = 1 ] && exit 0
read -r parity_total parity_failed <<<"${parity:-0 0}"
read -r product_total product_failed <<<"${product:-0 0}"
bench_lines=$(wc -l <"$out/bench.jsonl")
bench_errors=$(grep -c '"error"' "$out/bench.jsonl")
HARNESS=$harness REASON=$reason DEVICE=$device GPU=$gpu TORCH=${torch_version:-unknown} \
    BUILD=$build_state PT=${parity_total:-0} PF=${parity_failed:-0} \
    QT=${product_total:-0} QF=${product_failed:-0} BL=$bench_lines BE=$bench_errors \
    python3 -c 'import json, os
e = os.environ
print(json.dumps({"harness": e["HARNESS"], "harness_reason": e["REASON"], "device": e["DEVICE"],
    "gpu": e["GPU"], "torch": e["TORCH"], "build": e["BUILD"],
    "parity": {"tests": int(e["PT"]), "failed": int(e["PF"])},
    "product_tests": {"tests": int(e["QT"]), "failed": int(e["QF"])},
    "bench": {"lines": int(e["BL"]), "failed": int(e["BE"])}}))' | tee "$out/summary.json"
[ "$build_state" = ok ] && [ "${parity_failed:-0}" = 0 ] && [ "${product_failed:-0}" = 0 ] &&
    [ "$bench_errors" = 0 ] && [ "${parity_total:-0}" -gt 0 ]
