<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Layers</name>
    <message>
        <source>1 / (1 + e^-x): squashes to (0, 1); its slope is at most 0.25, so deep stacks learn slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divides each activation by a power of the summed squares of its neighbouring channels (AlexNet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully connected layer y = x·W + b; flattens any input first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the largest value of each pool_size×pool_size window; the gradient goes to that one element (the first in reading order, if several tie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalises each feature/channel to mean 0, variance 1 over the batch, then scales by a learned γ and shifts by β; running averages of the statistics are used at inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes its input through unchanged (a placeholder, or the 'identity' activation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces each pool_size×pool_size window by its mean; the gradient is shared equally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshapes (C, H, W) feature maps into one vector per sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides `filters` learned kh×kw×C kernels over the image; each gives one output feature map. padding "same" keeps the size at stride 1 (odd padding goes to the bottom/right, as in TensorFlow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns scores into probabilities; backward applies the full Jacobian yᵢ(δᵢₖ − yₖ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W ← W − η·g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeroes a random share of inputs while training (scaling the rest up); identity at inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias-corrected averages of g and g²: W ← W − η·m̂/(√v̂ + ε)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h ← h + g²; W ← W − η·g/(√h + ε)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h ← ρh + (1−ρ)g²; W ← W − η·g/(√h + ε)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half a cosine from lr down to min_lr over the whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(0, x): cheap, does not saturate for positive inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiply by gamma every step_size epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh(x): squashes to (-1, 1), zero-centred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same learning rate throughout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v ← μv + g; W ← W − η(g + μv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v ← μv − η·g; W ← W + v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x for x &gt; 0, alpha·x otherwise: a ReLU whose units cannot die.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>½·Σ(y − t)², averaged over the batch; through a Softmax it uses the full Jacobian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−[t·log σ(z) + (1−t)·log(1−σ(z))], fused with a final Sigmoid; 0/1 targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−Σ t·log softmax(z), fused with a final Softmax; integer labels, one-hot or soft targets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Params</name>
    <message>
        <source>L2 strength λ (on weight matrices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a learned bias b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a learned bias per filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to the denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to the variance before the square root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels in each window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip the global gradient norm to this (null: no clipping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant added in the divisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decay of the gradient average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decay of the squared-gradient average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decay ρ of the squared-gradient average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs between drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exponent of the divisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor at each drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel height and width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix targets with the uniform distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of kernels = output channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes over the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples per mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed for weights, shuffling, dropout and augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of inputs dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the running statistics kept at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the training data held out for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope for negative inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard deviation for init = normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step between kernel positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step between windows; null = pool_size (windows do not overlap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop after this many epochs without a better validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight initialiser; auto = he before a ReLU-family activation, xavier otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of the summed squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when early stopping ends training, put back the weights of the epoch with the lowest validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window height and width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros added around the input on each side; "same" keeps H×W at stride 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>μ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
