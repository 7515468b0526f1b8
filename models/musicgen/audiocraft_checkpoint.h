#pragma once

// Internal to models/: checkpoints in the audiocraft authors' layout (facebook/audiogen-medium),
// mapped onto the transformers-layout modules MusicGen runs.
//
// Files of such a checkpoint directory:
//   state_dict.bin              torch.save({'best_state': LM tensors, 'xp.cfg': YAML, ...})
//   compression_state_dict.bin  torch.save({'best_state': EnCodec tensors, 'xp.cfg': YAML, ...})
//   t5/                         the text encoder audiocraft fetches by name at run time
//                               (t5-large for AudioGen): transformers' config.json,
//                               model.safetensors and spiece.model
//
// The language model (state_dict.bin 'best_state' -> MusicgenModel), as transformers'
// convert_musicgen_transformers.py renames MusicGen's:
//   emb.K.weight                                    decoder.model.decoder.embed_tokens.K.weight
//   transformer.layers.N.self_attn.in_proj_weight   ...layers.N.self_attn.{q,k,v}_proj.weight
//                                                   (rows split in thirds: q, k, v)
//   transformer.layers.N.self_attn.out_proj.weight  ...layers.N.self_attn.out_proj.weight
//   transformer.layers.N.cross_attention.*          ...layers.N.encoder_attn.* (split likewise)
//   transformer.layers.N.norm1 / norm_cross / norm2 ...layers.N.self_attn_layer_norm /
//                                                   encoder_attn_layer_norm / final_layer_norm
//   transformer.layers.N.linear1 / linear2          ...layers.N.fc1 / fc2
//   out_norm.*                                      decoder.model.decoder.layer_norm.*
//   linears.K.weight                                decoder.lm_heads.K.weight
//   condition_provider.conditioners.description.output_proj.*   enc_to_dec_proj.*
// (... = decoder.model.decoder). Sizes come from the tensors; heads, activation and the
// guidance scale from xp.cfg (transformer_lm.num_heads, transformer_lm.activation,
// classifier_free_guidance.inference_coef).
//
// The codec (compression_state_dict.bin 'best_state' -> EncodecModel), as transformers'
// convert_encodec_checkpoint_to_pytorch.py renames EnCodec's:
//   encoder.model.N.<...>.conv.conv.*   encoder.layers.N.<...>.conv.*   (weight_g/_v folded)
//   decoder.model.N.convtr.convtr.*     decoder.layers.N.conv.*
//   *.conv.norm.* / *.convtr.norm.*     *.norm.*
//   quantizer.vq.layers.K._codebook.*   quantizer.layers.K.codebook.*
// with its EncodecConfig from xp.cfg: sample_rate, channels, seanet.{dimension, n_filters,
// n_residual_layers, ratios, norm, kernel_size, residual_kernel_size, last_kernel_size,
// dilation_base, causal, pad_mode, true_skip, compress, lstm}, rvq.{n_q, bins},
// encodec.renormalize.

#include <string>

#include "models/common/safetensors.h"
#include "models/musicgen/musicgen_config.h"

namespace sonara::models {

struct AudiocraftCheckpoint {
    MusicgenConfig config;
    Checkpoint lm;         // MusicgenModel names
    Checkpoint codec;      // EncodecModel names
    std::string textDir;   // the T5 encoder: a transformers checkpoint directory
    double windowSeconds;  // what the model was trained on (dataset.segment_duration)
};

// True when dir holds state_dict.bin and compression_state_dict.bin.
bool isAudiocraftCheckpoint(const std::string& dir);

AudiocraftCheckpoint loadAudiocraftCheckpoint(const std::string& dir);

// The block-style YAML that OmegaConf.to_yaml writes (nested mappings, "- item" lists of
// scalars, flow lists of scalars, plain and quoted scalars, folded long lines) as a Config.
Config parseOmegaConfYaml(const std::string& text, const std::string& source);

}  // namespace sonara::models
