#!/usr/bin/env bash
# One device check: builds models/ against the machine's PyTorch (a CUDA libtorch), runs the model
# tests on the CPU and on CUDA, then the benchmarks of DESIGN.md's reference table. Logs and the
# benchmark JSON lines go to $OUT (or ./gpu-check). Usage: bash app/bench/gpu_check.sh [quick]
set -u
out=${OUT:-$PWD/gpu-check}
build=${SONARA_GPU_BUILD:-/tmp/sonara-gpu-build}
mkdir -p "$out"
prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee "$out/gpu.txt"

extra=()
# Debian's nlohmann-json may be absent there; a copy can travel beside the sources.
[ -f "${SONARA_NLOHMANN_DIR:-/nonexistent}/nlohmann/json.hpp" ] &&
    extra+=("-DSONARA_NLOHMANN_INCLUDE=$SONARA_NLOHMANN_DIR")
if ! cmake -S . -B "$build" -G Ninja -DSONARA_MODELS_ONLY=ON -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix" "${extra[@]}" >"$out/configure.log" 2>&1; then
    tail -40 "$out/configure.log"
    exit 1
fi
if ! cmake --build "$build" -j"$(nproc)" >"$out/build.log" 2>&1; then
    grep -E "error|Error" -A4 "$out/build.log" | head -120
    exit 1
fi
echo "== build ok"

ctest --test-dir "$build" -j8 --output-on-failure >"$out/ctest-cpu.log" 2>&1
tail -4 "$out/ctest-cpu.log"
SONARA_TEST_DEVICE=cuda ctest --test-dir "$build" -L models -LE bench --output-on-failure \
    >"$out/ctest-cuda.log" 2>&1
tail -4 "$out/ctest-cuda.log"
grep -E "FAIL|Failed|failed" "$out/ctest-cpu.log" "$out/ctest-cuda.log" | head -20

bench() {
    "$build/app/bench/sonara-bench" "$@" --iterations 5 --warmup 2 2>&1 | tee -a "$out/bench.jsonl"
}
bench whisper --device cuda --dtype fp16 --size large-v3 --batch 1 --tokens 200
bench whisper --device cuda --dtype fp16 --size large-v3 --batch 1 --tokens 200 --cuda-graphs off
bench whisper --device cuda --dtype fp16 --size large-v3-turbo --batch 16 --tokens 200
bench whisper --device cuda --dtype fp16 --size large-v3-turbo --batch 1 --tokens 200
[ "${1:-}" = quick ] && exit 0
bench whisper --device cuda --dtype fp16 --size large-v3 --batch 16 --tokens 200
bench whisper --device cuda --dtype fp16 --size large-v3-turbo --batch 16 --tokens 200 \
    --cuda-graphs off
bench whisper --device cuda --dtype bf16 --size large-v3-turbo --batch 16 --tokens 200
bench wav2vec2 --device cuda --dtype fp16 --size large --seconds 60 --batch 1
bench wav2vec2 --device cuda --dtype fp16 --size large --seconds 30 --batch 8
bench hifigan --device cuda --dtype fp16 --seconds 10
bench knnvc --device cuda --dtype fp16 --seconds 60 --matching-minutes 5
bench marian --device cuda --dtype fp16 --batch 16 --tokens 48
