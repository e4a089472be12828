namespace LlmReadingList.Bench.Generate;

/// <summary>Words that LLM paper titles and summaries are made of. Earlier entries are drawn more often (see <see cref="Pick"/>).</summary>
internal static class Vocabulary
{
    public static readonly string[] Subjects =
    [
        "Large Language Models", "Language Models", "Transformers", "Neural Networks", "Foundation Models", "LLMs",
        "Vision-Language Models", "Instruction-Tuned Models", "Small Language Models", "Multilingual Models",
        "Code Models", "Mixture-of-Experts Models", "Retrieval-Augmented Models", "Diffusion Language Models",
        "State Space Models", "Reward Models", "Autonomous Agents", "Sparse Transformers", "Speech Models",
    ];

    public static readonly string[] Techniques =
    [
        "Instruction Tuning", "Reinforcement Learning from Human Feedback", "Chain-of-Thought Prompting", "Fine-Tuning",
        "In-Context Learning", "Retrieval Augmented Generation", "Low-Rank Adaptation", "Quantization", "Distillation",
        "Pretraining", "Direct Preference Optimization", "Self-Consistency", "Tool Use", "Speculative Decoding",
        "Rotary Position Embeddings", "FlashAttention", "Sparse Attention", "Contrastive Learning", "Model Merging",
        "Constitutional AI", "Red Teaming", "Curriculum Learning", "Parameter-Efficient Tuning", "Prompt Tuning",
        "Knowledge Editing", "Pruning", "Tree of Thoughts", "Self-Instruct", "Data Filtering", "Scaling",
    ];

    public static readonly string[] Goals =
    [
        "Reasoning", "Alignment", "Code Generation", "Question Answering", "Summarization", "Machine Translation",
        "Mathematical Reasoning", "Long-Context Understanding", "Factuality", "Safety", "Efficient Inference",
        "Hallucination Detection", "Planning", "Dialogue", "Evaluation", "Multimodal Understanding", "Robustness",
        "Interpretability", "Memorization", "Calibration", "Jailbreak Defense", "Program Synthesis", "Retrieval",
    ];

    public static readonly string[] Adjectives =
    [
        "Scalable", "Efficient", "Robust", "Simple", "Unified", "Emergent", "Compute-Optimal", "Open", "Sparse",
        "Multilingual", "Adaptive", "Faithful", "Hierarchical", "Lightweight", "Verifiable", "Zero-Shot", "Few-Shot",
        "Self-Supervised", "Data-Efficient", "Modular", "Universal", "Contrastive", "Recursive",
    ];

    public static readonly string[] Models =
    [
        "GPT", "BERT", "LLaMA", "T5", "PaLM", "Mistral", "Qwen", "Claude", "Gemini", "Falcon", "Phi", "Gopher",
        "Chinchilla", "BLOOM", "OPT", "Vicuna", "Alpaca", "Mamba", "RWKV", "DeepSeek", "Flan", "Codex", "Baichuan",
        "ChatGLM", "Yi", "Orca", "Zephyr", "Pythia", "StarCoder", "Megatron", "Switch", "GLaM", "Jurassic", "Sparrow",
    ];

    public static readonly string[] Domains =
    [
        "the Wild", "Scientific Literature", "Medicine", "Law", "Finance", "Education", "Software Engineering",
        "Open-Domain Dialogue", "Low-Resource Languages", "Robotics", "Chemistry", "Web Navigation", "Chinese",
    ];

    public static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ra", "zen", "tor", "vex", "nu", "qi", "sol", "dra", "fin", "gal", "hex", "jun", "mor",
        "pix", "rho", "sig", "tau", "ul", "wen", "xin", "yor", "zel", "bra", "cor", "del",
    ];

    public static readonly string[] Verbs =
    [
        "We propose", "We introduce", "We study", "We present", "This paper investigates", "We show how",
        "We analyze", "We revisit", "We benchmark", "We scale",
    ];

    public static readonly string[] Findings =
    [
        "improves accuracy on standard benchmarks", "reduces training compute by half", "outperforms strong baselines",
        "matches much larger models", "generalizes to unseen tasks", "reduces hallucination", "scales predictably with data",
        "is robust to adversarial prompts", "needs no additional labels", "runs on a single GPU",
    ];

    public static readonly string[] FirstNames =
    [
        "Wei", "Jing", "Yi", "Xin", "Hao", "Ming", "Lei", "Yu", "Jun", "Li", "Alex", "Sam", "Maria", "David", "Sarah",
        "John", "Anna", "Michael", "Emily", "Daniel", "Laura", "Ashish", "Noam", "Jared", "Tom", "Hugo", "Aidan",
        "Priya", "Arjun", "Yuki", "Kenji", "Sofia", "Lucas", "Chen", "Olga", "Ivan", "Fatima", "Omar", "Elena",
    ];

    public static readonly string[] LastNames =
    [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Smith", "Johnson", "Brown",
        "Garcia", "Miller", "Kaplan", "Vaswani", "Shazeer", "Hoffmann", "Touvron", "Radford", "Raffel", "Devlin",
        "Sutskever", "Kim", "Park", "Tanaka", "Sato", "Müller", "Schmidt", "Rossi", "Dubois", "Kumar", "Singh",
        "Nguyen", "Ivanov", "Novak", "Silva", "Costa", "Khan", "Ahmed", "Lopez", "Martin", "Bernard", "Cohen",
    ];

    public static readonly string[] Organizations =
    [
        "Google DeepMind", "OpenAI", "Meta AI", "Anthropic", "Microsoft Research", "Alibaba", "Tsinghua University",
        "Peking University", "Stanford University", "MIT", "Carnegie Mellon University", "Allen Institute for AI",
        "Hugging Face", "EleutherAI", "Mistral AI", "DeepSeek", "Baidu", "Tencent", "ByteDance", "Shanghai AI Lab",
    ];

    public static readonly string[] Chinese =
    [
        "大型语言模型", "注意力机制", "预训练", "微调", "强化学习", "人类反馈", "思维链", "推理能力", "检索增强生成",
        "指令微调", "对齐", "多模态", "参数高效", "量化", "知识蒸馏", "混合专家", "上下文学习", "扩展定律", "评估基准",
        "安全性", "幻觉问题", "提示工程", "代码生成", "长上下文", "位置编码", "稀疏注意力", "高效推理", "训练数据",
        "智能体", "数学推理", "机器翻译", "中文理解", "奖励模型", "偏好优化", "模型压缩", "涌现能力",
    ];

    public static readonly string[] ChineseTemplates =
    [
        "本文提出了一种基于{0}的{1}方法，显著提升了模型的{2}。",
        "作者研究了{0}与{1}之间的关系，并在多个{2}上进行了实验。",
        "这篇论文是理解{0}的重要工作，它说明了{1}如何影响{2}。",
        "实验表明，{0}能够有效缓解{1}，同时保持{2}。",
        "推荐阅读：该工作系统地总结了{0}、{1}和{2}的最新进展。",
    ];

    public static readonly string[] Tags =
    [
        "reasoning", "alignment", "efficiency", "agents", "multimodal", "evaluation", "safety", "retrieval", "code",
        "pretraining", "fine-tuning", "scaling-laws", "interpretability", "long-context", "quantization", "rlhf",
        "chinese", "benchmarks", "architecture", "data", "prompting", "distillation", "moe", "speech",
    ];

    /// <summary>A Zipf-like draw: index 0 is the most common, the last the rarest (about 1/(2√n) as often as the first).</summary>
    public static string Pick(Random random, string[] words) => words[(int)(words.Length * random.NextDouble() * random.NextDouble())];

    public static string PickUniform(Random random, string[] words) => words[random.Next(words.Length)];
}
