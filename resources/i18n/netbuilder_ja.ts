<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About NetBuilder</source>
        <translation>NetBuilder について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Builder Panels</source>
        <translation>ビルダーパネル(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Load Weights…</source>
        <translation>重みを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save Weights…</source>
        <translation>重みを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot train here:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;ここでは学習できません：&lt;/b&gt;{0}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Cannot train yet:&lt;/b&gt; fix %n problem(s) first (see the Problems panel)&lt;ul style='margin-left:12px'&gt;{0}{1}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;まだ学習できません：&lt;/b&gt;先に %n 件の問題を修正してください（問題パネルを参照）&lt;ul style='margin-left:12px'&gt;{0}{1}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;li&gt;… and {0} more&lt;/li&gt;</source>
        <translation>&lt;li&gt;…ほか {0} 件&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Bring back the layer palette, inspector and problems panels</source>
        <translation>層パレット・インスペクタ・問題パネルを再表示します</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>すべてのウィンドウを閉じて終了します</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>このウィンドウを閉じます</translation>
    </message>
    <message>
        <source>Continue training</source>
        <translation>学習を続けます</translation>
    </message>
    <message>
        <source>Copy the selected layers as JSON and remove them</source>
        <translation>選択した層を JSON としてコピーし、削除します</translation>
    </message>
    <message>
        <source>Copy the selected layers to the clipboard as JSON</source>
        <translation>選択した層を JSON としてクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>End training after the current batch and evaluate on the test data</source>
        <translation>現在のバッチの後で学習を終了し、テストデータで評価します</translation>
    </message>
    <message>
        <source>Insert a copy of the selected layers after them</source>
        <translation>選択した層の複製をその後ろに挿入します</translation>
    </message>
    <message>
        <source>Insert layers from JSON on the clipboard after the selection</source>
        <translation>クリップボードの JSON から層を選択位置の後ろに挿入します</translation>
    </message>
    <message>
        <source>Load weights from a .npz file into this network (checked against its architecture)</source>
        <translation>.npz ファイルから重みをこのネットワークに読み込みます（構造と照合します）</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected layers one place down</source>
        <translation>選択した層を一つ下へ移動します</translation>
    </message>
    <message>
        <source>Move the selected layers one place up</source>
        <translation>選択した層を一つ上へ移動します</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>新しいウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <source>Open a network file</source>
        <translation>ネットワークファイルを開きます</translation>
    </message>
    <message>
        <source>Open another builder window</source>
        <translation>ビルダーウィンドウをもう一つ開きます</translation>
    </message>
    <message>
        <source>Pause after the current batch</source>
        <translation>現在のバッチの後で一時停止します</translation>
    </message>
    <message>
        <source>Put the panels back where a first start puts them, in the builder view</source>
        <translation>パネルを初回起動時の配置（ビルダー表示）に戻します</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation>元に戻した編集をやり直します</translation>
    </message>
    <message>
        <source>Remove the selected layers</source>
        <translation>選択した層を削除します</translation>
    </message>
    <message>
        <source>Reset &amp;Weights</source>
        <translation>重みをリセット(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation>ネットワークを保存します</translation>
    </message>
    <message>
        <source>Save the network to a new file</source>
        <translation>ネットワークを新しいファイルに保存します</translation>
    </message>
    <message>
        <source>Save the trained weights to a .npz file</source>
        <translation>学習済みの重みを .npz ファイルに保存します</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select every layer</source>
        <translation>すべての層を選択します</translation>
    </message>
    <message>
        <source>Show every edit, and step back to any of them (Ctrl+H)</source>
        <translation>すべての編集を表示し、任意の時点に戻れます (Ctrl+H)</translation>
    </message>
    <message>
        <source>St&amp;ep One Batch</source>
        <translation>1 バッチ進める(&amp;E)</translation>
    </message>
    <message>
        <source>Start an empty network</source>
        <translation>空のネットワークを作成します</translation>
    </message>
    <message>
        <source>Throw the learned weights away and start from fresh random ones</source>
        <translation>学習した重みを破棄し、新しい乱数の重みから始めます</translation>
    </message>
    <message>
        <source>Train exactly one batch, then pause</source>
        <translation>ちょうど 1 バッチ学習して一時停止します</translation>
    </message>
    <message>
        <source>Train this network</source>
        <translation>このネットワークを学習します</translation>
    </message>
    <message>
        <source>Train this network on its data source (F5)</source>
        <translation>このネットワークをそのデータソースで学習します (F5)</translation>
    </message>
    <message>
        <source>Training is under way: Stop it (or wait for it to finish) before training again</source>
        <translation>学習中です：もう一度学習する前に停止してください（または終了を待ってください）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>直前の編集を元に戻します</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>バージョンとクレジット</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>a trajectory plane needs the weights of at least two epochs</source>
        <translation>学習経路の平面には少なくとも 2 エポック分の重みが必要です</translation>
    </message>
    <message>
        <source>all gradients match</source>
        <translation>すべての勾配が一致</translation>
    </message>
    <message>
        <source>directions must be "random" or "trajectory", not {0!r}</source>
        <translation>directions は "random" か "trajectory" でなければなりません（{0!r} は不可）</translation>
    </message>
    <message>
        <source>index {0} is outside {1} of layer {2}, which has {3} entries</source>
        <translation>インデックス {0} は層 {2} の {1}（要素数 {3}）の範囲外です</translation>
    </message>
    <message>
        <source>layer {0} ({1}) computes no weighted sum to explain: pick a Conv2D, Dense or Softmax layer, or the activation right after one</source>
        <translation>層 {0}（{1}）には説明する重み付き和がありません：Conv2D、Dense、Softmax の層か、その直後の活性化関数を選んでください</translation>
    </message>
    <message>
        <source>layer {0} ({1}) has no parameter {2!r} (it has {3})</source>
        <translation>層 {0}（{1}）にはパラメータ {2!r} がありません（あるのは {3}）</translation>
    </message>
    <message>
        <source>layer {0} does not exist: the network has {1} layers</source>
        <translation>層 {0} はありません：ネットワークの層は {1} 個です</translation>
    </message>
    <message>
        <source>layer {0} {1} {2}[{3}]</source>
        <translation>層 {0} {1} {2}[{3}]</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>パラメータなし</translation>
    </message>
    <message>
        <source>position {0} does not fit {1} of layer {2}, shape {3}</source>
        <translation>位置 {0} は層 {2} の {1}（形状 {3}）に収まりません</translation>
    </message>
    <message>
        <source>position {0} is outside layer {1}'s output of shape {2}</source>
        <translation>位置 {0} は層 {1} の出力（形状 {2}）の範囲外です</translation>
    </message>
    <message>
        <source>some gradients do NOT match</source>
        <translation>一致しない勾配があります</translation>
    </message>
    <message>
        <source>the network has no parameter named {0!r}</source>
        <translation>ネットワークに {0!r} という名前のパラメータはありません</translation>
    </message>
    <message>
        <source>the trajectory needs at least two stored epochs that differ from the final weights</source>
        <translation>学習経路には、最終の重みと異なる保存済みのエポックが少なくとも 2 つ必要です</translation>
    </message>
    <message>
        <source>{0:&lt;18}{1:&lt;28}{2:&gt;18}  result</source>
        <translation>{0:&lt;18}{1:&lt;28}{2:&gt;18}  結果</translation>
    </message>
    <message>
        <source>{0} (tolerance {1:g}, batch of {2}, float64)</source>
        <translation>{0}（許容誤差 {1:g}、バッチ {2} 件、float64）</translation>
    </message>
    <message>
        <source>{0} entries at kinks (ReLU at 0, max-pool ties) were left out</source>
        <translation>折れ点（0 での ReLU、max プーリングの同値）の要素 {0} 個を除外しました</translation>
    </message>
    <message>
        <source>{0}: not a trajectory file (write one with `netbuilder train --trajectory`)</source>
        <translation>{0}: 学習経路のファイルではありません（`netbuilder train --trajectory` で作れます）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>
  message     {0}</source>
        <translation>
  メッセージ  {0}</translation>
    </message>
    <message>
        <source>
  more than the {0} available here: {1}</source>
        <translation>
  ここで使える {0} を超えています：{1}</translation>
    </message>
    <message>
        <source>
Stopped at epoch {0}, batch {1}. Checkpoint: {2}
Resume with: netbuilder train {3} --resume {4}</source>
        <translation>
エポック {0}、バッチ {1} で停止しました。チェックポイント：{2}
再開するには：netbuilder train {3} --resume {4}</translation>
    </message>
    <message>
        <source>
netbuilder: interrupted</source>
        <translation>
netbuilder: 中断しました</translation>
    </message>
    <message>
        <source>
netbuilder: {0}</source>
        <translation>
netbuilder: {0}</translation>
    </message>
    <message>
        <source>
{0} is in {1}; use it as --data {2}:{3}</source>
        <translation>
{0} は {1} にあります。--data {2}:{3} として使ってください</translation>
    </message>
    <message>
        <source>
{0} templates in {1}</source>
        <translation>
{1} にテンプレート {0} 個</translation>
    </message>
    <message>
        <source>   (automatic name: {0})</source>
        <translation>   （自動の名前：{0}）</translation>
    </message>
    <message>
        <source>   continues run {0}</source>
        <translation>   実行 {0} の続き</translation>
    </message>
    <message>
        <source>   sweep {0}</source>
        <translation>   スイープ {0}</translation>
    </message>
    <message>
        <source>   {0:,.0f} images/s</source>
        <translation>   {0:,.0f} 画像/秒</translation>
    </message>
    <message>
        <source>  (an activation layer is entirely dead)</source>
        <translation>  （活性化層のユニットがすべて死んでいます）</translation>
    </message>
    <message>
        <source>  (no epoch finished)</source>
        <translation>  （終了したエポックなし）</translation>
    </message>
    <message>
        <source>  ({0} train + {1} test samples of {2}, {3} classes, hash {4})</source>
        <translation>  （{2} の学習 {0} 件 + テスト {1} 件、{3} クラス、ハッシュ {4}）</translation>
    </message>
    <message>
        <source>  = products</source>
        <translation>  = 積</translation>
    </message>
    <message>
        <source>  channel {0}: input patch</source>
        <translation>  チャネル {0}：入力パッチ</translation>
    </message>
    <message>
        <source>  data        {0}</source>
        <translation>  データ      {0}</translation>
    </message>
    <message>
        <source>  epoch  train loss  train acc   val loss    val acc   seconds        lr</source>
        <translation>  エポック 学習損失  学習正解率  検証損失  検証正解率      秒    学習率</translation>
    </message>
    <message>
        <source>  input {0:&gt;6}: {1:9.4f} × {2:9.4f} = {3:9.4f}</source>
        <translation>  入力 {0:&gt;6}: {1:9.4f} × {2:9.4f} = {3:9.4f}</translation>
    </message>
    <message>
        <source>  network     {0}  (hash {1})  {2} parameters, {3} multiply-adds</source>
        <translation>  ネットワーク {0}（ハッシュ {1}）パラメータ {2} 個、積和 {3} 回</translation>
    </message>
    <message>
        <source>  notes       </source>
        <translation>  メモ        </translation>
    </message>
    <message>
        <source>  run {0}</source>
        <translation>  実行 {0}</translation>
    </message>
    <message>
        <source>  started     {0}   ended {1}   took {2}</source>
        <translation>  開始        {0}   終了 {1}   所要 {2}</translation>
    </message>
    <message>
        <source>  status      {0}</source>
        <translation>  状態        {0}</translation>
    </message>
    <message>
        <source>  sum {0:.4f}</source>
        <translation>  和 {0:.4f}</translation>
    </message>
    <message>
        <source>  tags        {0}</source>
        <translation>  タグ        {0}</translation>
    </message>
    <message>
        <source>  test acc {0:.4f}  loss {1:.4f}</source>
        <translation>  テスト正解率 {0:.4f}  損失 {1:.4f}</translation>
    </message>
    <message>
        <source>  the other {0} together: {1:.4f}</source>
        <translation>  残り {0} 個の合計：{1:.4f}</translation>
    </message>
    <message>
        <source>  val loss {0:.4f}  val acc {1:.4f}</source>
        <translation>  検証損失 {0:.4f}  検証正解率 {1:.4f}</translation>
    </message>
    <message>
        <source>  version     NetBuilder {0}</source>
        <translation>  バージョン  NetBuilder {0}</translation>
    </message>
    <message>
        <source>  × kernel</source>
        <translation>  × カーネル</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation>（ほか {0} 件）</translation>
    </message>
    <message>
        <source> (early stop)</source>
        <translation>（早期終了）</translation>
    </message>
    <message>
        <source> (netbuilder data download can fetch it)</source>
        <translation>（netbuilder data download で取得できます）</translation>
    </message>
    <message>
        <source> — stopped early</source>
        <translation> — 早期終了</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s)</source>
        <translation>
            <numerusform>%n 構成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n シード</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose data)</source>
        <translation>（データを選択）</translation>
    </message>
    <message>
        <source>(not a network)</source>
        <translation>（ネットワークではありません）</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>（読めません）</translation>
    </message>
    <message>
        <source>, test accuracy {0:.1f} %</source>
        <translation>、テスト正解率 {0:.1f} %</translation>
    </message>
    <message>
        <source>--augment: unknown augmentation "{0}"{1}; choose from {2}</source>
        <translation>--augment: 不明なデータ拡張 "{0}"{1}。次から選んでください：{2}</translation>
    </message>
    <message>
        <source>--batch must be at least 1, not {0}</source>
        <translation>--batch は 1 以上でなければなりません（{0} は不可）</translation>
    </message>
    <message>
        <source>--compare works with --weight</source>
        <translation>--compare は --weight と一緒に使います</translation>
    </message>
    <message>
        <source>--epochs must be 1 or more</source>
        <translation>--epochs は 1 以上でなければなりません</translation>
    </message>
    <message>
        <source>--epochs {0}: at least 1</source>
        <translation>--epochs {0}: 1 以上にしてください</translation>
    </message>
    <message>
        <source>--jobs {0}: at least 1</source>
        <translation>--jobs {0}: 1 以上にしてください</translation>
    </message>
    <message>
        <source>--layer {0}: the network has layers 1 to {1}</source>
        <translation>--layer {0}: ネットワークの層は 1 から {1} までです</translation>
    </message>
    <message>
        <source>--metrics: {0}</source>
        <translation>--metrics: {0}</translation>
    </message>
    <message>
        <source>--out {0}: the folder {1} does not exist</source>
        <translation>--out {0}: フォルダ {1} がありません</translation>
    </message>
    <message>
        <source>--out {0}: the screenshot is a PNG; give a file name ending in .png</source>
        <translation>--out {0}: スクリーンショットは PNG です。.png で終わるファイル名を指定してください</translation>
    </message>
    <message>
        <source>--pause-at must be between 0 and --epochs ({0})</source>
        <translation>--pause-at は 0 から --epochs（{0}）の間でなければなりません</translation>
    </message>
    <message>
        <source>--points and --grid must be at least 2</source>
        <translation>--points と --grid は 2 以上でなければなりません</translation>
    </message>
    <message>
        <source>--sample {0}: the evaluation batch has {1} samples</source>
        <translation>--sample {0}: 評価バッチのサンプルは {1} 件です</translation>
    </message>
    <message>
        <source>--seed-list "{0}": seeds are ≥ 0</source>
        <translation>--seed-list "{0}": シードは ≥ 0 です</translation>
    </message>
    <message>
        <source>--seed-list "{0}": whole numbers separated by commas</source>
        <translation>--seed-list "{0}": カンマ区切りの整数にしてください</translation>
    </message>
    <message>
        <source>--seeds {0}: at least 1</source>
        <translation>--seeds {0}: 1 以上にしてください</translation>
    </message>
    <message>
        <source>--size {0!r}: expected WIDTHxHEIGHT, e.g. 1400x900 (at least {1}x{2})</source>
        <translation>--size {0!r}: 幅x高さ の形式で指定してください。例：1400x900（最小 {1}x{2}）</translation>
    </message>
    <message>
        <source>--threads must be at least 1, not {0}</source>
        <translation>--threads は 1 以上でなければなりません（{0} は不可）</translation>
    </message>
    <message>
        <source>--top must be at least 1, not {0}</source>
        <translation>--top は 1 以上でなければなりません（{0} は不可）</translation>
    </message>
    <message>
        <source>--unit {0}: {1}</source>
        <translation>--unit {0}: {1}</translation>
    </message>
    <message>
        <source>--vary "{0}": write PATH=V1,V2,..., e.g. training.optimizer.lr=0.01,0.001</source>
        <translation>--vary "{0}": PATH=V1,V2,... の形で書いてください。例：training.optimizer.lr=0.01,0.001</translation>
    </message>
    <message>
        <source>--weight {0!r}: LAYER and INDEX must be whole numbers (e.g. 1:17 or 1:W:0,0,2,3)</source>
        <translation>--weight {0!r}: LAYER と INDEX は整数でなければなりません（例：1:17 または 1:W:0,0,2,3）</translation>
    </message>
    <message>
        <source>--weight {0!r}: expected LAYER:INDEX, LAYER:PARAM:INDEX or "largest"</source>
        <translation>--weight {0!r}: LAYER:INDEX、LAYER:PARAM:INDEX、または "largest" を指定してください</translation>
    </message>
    <message>
        <source>--weight {0!r}: layers are numbered from 1, as on the cards</source>
        <translation>--weight {0!r}: 層の番号はカードと同じく 1 から始まります</translation>
    </message>
    <message>
        <source>CHANNEL,ROW,COL for image outputs, or UNIT (default 0)</source>
        <translation>画像出力なら CHANNEL,ROW,COL、それ以外は UNIT（既定値 0）</translation>
    </message>
    <message>
        <source>Confusion matrix:</source>
        <translation>混同行列：</translation>
    </message>
    <message>
        <source>Deleted run{0} {1}.</source>
        <translation>実行 {1} を削除しました。</translation>
    </message>
    <message>
        <source>Design, train and see inside neural networks. With no command, opens the builder window.</source>
        <translation>ニューラルネットワークを設計し、学習させ、その中を見る。コマンドを省略するとビルダーウィンドウを開きます。</translation>
    </message>
    <message>
        <source>ETA {0}</source>
        <translation>残り {0}</translation>
    </message>
    <message>
        <source>ETA …</source>
        <translation>残り …</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Learning-rate schedules</source>
        <translation>学習率スケジュール</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>Memory: {0}</source>
        <translation>メモリ：{0}</translation>
    </message>
    <message>
        <source>NetBuilder self-test FAILED: {0}</source>
        <translation>NetBuilder 自己テストに失敗しました：{0}</translation>
    </message>
    <message>
        <source>NetBuilder self-test passed: trained {0} for {1} epochs in a background thread ({2} batches, {3} snapshots, final loss {4:.3f}, test accuracy {5:.1f} %, {6:.1f} s).</source>
        <translation>NetBuilder 自己テストに合格しました：{0} をバックグラウンドのスレッドで {1} エポック学習しました（{2} バッチ、スナップショット {3} 個、最終損失 {4:.3f}、テスト正解率 {5:.1f} %、{6:.1f} 秒）。</translation>
    </message>
    <message>
        <source>No runs match.</source>
        <translation>一致する実行はありません。</translation>
    </message>
    <message>
        <source>No runs recorded yet ({0}).</source>
        <translation>まだ実行の記録がありません（{0}）。</translation>
    </message>
    <message>
        <source>No runs recorded yet.</source>
        <translation>まだ実行の記録がありません。</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>Per-class accuracy: </source>
        <translation>クラスごとの正解率：</translation>
    </message>
    <message>
        <source>Recorded as run {0} (netbuilder runs show {1})</source>
        <translation>実行 {0} として記録しました（netbuilder runs show {1}）</translation>
    </message>
    <message>
        <source>Resume with the same arguments and --resume{0}.</source>
        <translation>同じ引数に --resume を付けて再開してください{0}。</translation>
    </message>
    <message>
        <source>Run {0}: {1}</source>
        <translation>実行 {0}：{1}</translation>
    </message>
    <message>
        <source>Runs </source>
        <translation>実行 </translation>
    </message>
    <message>
        <source>Saved {0} ({1}x{2}, training {3}{4})</source>
        <translation>{0} を保存しました（{1}x{2}、学習 {3}{4}）</translation>
    </message>
    <message>
        <source>TEST ACC</source>
        <translation>テスト正解率</translation>
    </message>
    <message>
        <source>Test: loss {0}  accuracy {1}</source>
        <translation>テスト：損失 {0}  正解率 {1}</translation>
    </message>
    <message>
        <source>Training settings:</source>
        <translation>学習の設定：</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} を書き出しました</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}</source>
        <translation>{0} を {1} に書き出しました</translation>
    </message>
    <message>
        <source>a .nbmodel, an ONNX file, or a network file (with --weights, or untrained)</source>
        <translation>.nbmodel、ONNX ファイル、またはネットワークファイル（--weights 付き、または未学習）</translation>
    </message>
    <message>
        <source>a .nbmodel, an ONNX file, or a network file with --weights</source>
        <translation>.nbmodel、ONNX ファイル、または --weights 付きのネットワークファイル</translation>
    </message>
    <message>
        <source>a 2-D slice through the final weights</source>
        <translation>最終の重みを通る 2 次元の断面</translation>
    </message>
    <message>
        <source>a setting and its values, e.g. training.optimizer.lr=0.01,0.001 or layers[0].filters=8,16 or data.standardize=0,1 (repeatable)</source>
        <translation>設定とその値。例：training.optimizer.lr=0.01,0.001、layers[0].filters=8,16、data.standardize=0,1（繰り返し指定可）</translation>
    </message>
    <message>
        <source>a trained model (.nbmodel) or a network file (.json)</source>
        <translation>学習済みモデル（.nbmodel）またはネットワークファイル（.json）</translation>
    </message>
    <message>
        <source>add NetBuilder to the desktop's menu and open network files with it (for pip/pipx installs; writes under ~/.local/share)</source>
        <translation>NetBuilder をデスクトップのメニューに追加し、ネットワークファイルを NetBuilder で開くようにします（pip/pipx でのインストール用。~/.local/share に書き込みます）</translation>
    </message>
    <message>
        <source>add tags to runs (or remove them with --remove)</source>
        <translation>実行にタグを付けます（--remove で外します）</translation>
    </message>
    <message>
        <source>behave as if Ctrl-C came after N batches (for scripts/tests)</source>
        <translation>N バッチ後に Ctrl-C が押されたかのように振る舞います（スクリプト／テスト用）</translation>
    </message>
    <message>
        <source>cannot load the GUI and training modules ({0}: {1})</source>
        <translation>GUI と学習のモジュールを読み込めません（{0}: {1}）</translation>
    </message>
    <message>
        <source>cannot read the bundled example {0} ({1})</source>
        <translation>同梱のサンプル {0} を読めません（{1}）</translation>
    </message>
    <message>
        <source>check every layer's backward pass against numerical gradients</source>
        <translation>各層の逆伝播を数値勾配と照合します</translation>
    </message>
    <message>
        <source>classify new inputs with a trained model</source>
        <translation>学習済みモデルで新しい入力を分類します</translation>
    </message>
    <message>
        <source>comma-separated: </source>
        <translation>カンマ区切り：</translation>
    </message>
    <message>
        <source>continue from a checkpoint written by Ctrl-C</source>
        <translation>Ctrl-C で書き出したチェックポイントから続けます</translation>
    </message>
    <message>
        <source>continue the sweep in DIR: skip its finished runs</source>
        <translation>DIR のスイープを続けます：終了した実行は飛ばします</translation>
    </message>
    <message>
        <source>could not write {0}</source>
        <translation>{0} を書き出せませんでした</translation>
    </message>
    <message>
        <source>could not write {0} ({1}); the results (weights.npz, network.json, metrics.json, model.nbmodel) were saved to {2} instead</source>
        <translation>{0} を書き出せませんでした（{1}）。結果（weights.npz、network.json、metrics.json、model.nbmodel）は代わりに {2} に保存しました</translation>
    </message>
    <message>
        <source>data SPEC forms (--data):
</source>
        <translation>データ SPEC の形式（--data）：
</translation>
    </message>
    <message>
        <source>data source (default: the file's)</source>
        <translation>データソース（既定値：ファイルの設定）</translation>
    </message>
    <message>
        <source>data source for every run (default: each file's own)</source>
        <translation>すべての実行のデータソース（既定値：各ファイルの設定）</translation>
    </message>
    <message>
        <source>data source, e.g. builtin:shapes, mnist:DIR (default: the file's)</source>
        <translation>データソース。例：builtin:shapes、mnist:DIR（既定値：ファイルの設定）</translation>
    </message>
    <message>
        <source>data source, e.g. builtin:shapes, mnist:DIR, csv:FILE (default: the file's)</source>
        <translation>データソース。例：builtin:shapes、mnist:DIR、csv:FILE（既定値：ファイルの設定）</translation>
    </message>
    <message>
        <source>default: the file's data source</source>
        <translation>既定値：ファイルのデータソース</translation>
    </message>
    <message>
        <source>delete runs with their files</source>
        <translation>実行をファイルごと削除します</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>do not record this run in the run history</source>
        <translation>この実行を実行履歴に記録しません</translation>
    </message>
    <message>
        <source>download, verify (SHA-256) and unpack a dataset</source>
        <translation>データセットをダウンロードし、検証（SHA-256）して展開します</translation>
    </message>
    <message>
        <source>engine threads (default: one per core this process may use, or $NETBUILDER_THREADS); BLAS always runs one thread each, so a busy neighbour process does not stall training</source>
        <translation>エンジンのスレッド数（既定値：このプロセスが使えるコアごとに一つ、または $NETBUILDER_THREADS）。BLAS は常に一スレッドずつ動くので、隣の忙しいプロセスに学習が止められることはありません</translation>
    </message>
    <message>
        <source>entries checked per array (largest gradients plus random ones; 0 = all)</source>
        <translation>配列ごとに確認する要素数（勾配の大きいものと無作為なもの。0 = すべて）</translation>
    </message>
    <message>
        <source>epoch {0}/{1}  loss {2:.4f}  acc {3:.4f}{4}  {5:.1f}s</source>
        <translation>エポック {0}/{1}  損失 {2:.4f}  正解率 {3:.4f}{4}  {5:.1f}秒</translation>
    </message>
    <message>
        <source>epoch {0}/{1} {2} {3}/{4}  loss {5:.4f}  acc {6:.3f}  {7:,.0f} img/s  ETA {8}</source>
        <translation>エポック {0}/{1} {2} {3}/{4}  損失 {5:.4f}  正解率 {6:.3f}  {7:,.0f} 画像/秒  残り {8}</translation>
    </message>
    <message>
        <source>epochs for every run (default: each file's own)</source>
        <translation>すべての実行のエポック数（既定値：各ファイルの設定）</translation>
    </message>
    <message>
        <source>epochs to train before the picture is taken</source>
        <translation>撮影前に学習するエポック数</translation>
    </message>
    <message>
        <source>evaluate trained weights on a data source's test split</source>
        <translation>学習済みの重みをデータソースのテストデータで評価します</translation>
    </message>
    <message>
        <source>evaluation samples (default {0})</source>
        <translation>評価サンプル数（既定値 {0}）</translation>
    </message>
    <message>
        <source>exactly these seeds, e.g. 0,1,7</source>
        <translation>これらのシードを使います。例：0,1,7</translation>
    </message>
    <message>
        <source>fetch standard datasets</source>
        <translation>標準データセットを取得します</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>folder for pytorch, FILE.onnx for onnx</source>
        <translation>pytorch ならフォルダ、onnx なら FILE.onnx</translation>
    </message>
    <message>
        <source>from the initial to the final weights</source>
        <translation>初期の重みから最終の重みまで</translation>
    </message>
    <message>
        <source>give a run a name of your own (an empty name restores the automatic one)</source>
        <translation>実行に名前を付けます（空にすると自動の名前に戻ります）</translation>
    </message>
    <message>
        <source>give network files or --study, not both</source>
        <translation>ネットワークファイルか --study のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>give up if training takes longer (default 900)</source>
        <translation>学習がこれより長くかかったら諦めます（既定値 900）</translation>
    </message>
    <message>
        <source>half-width of the sweep or of the plane (default: automatic)</source>
        <translation>スイープまたは平面の半幅（既定値：自動）</translation>
    </message>
    <message>
        <source>how many classes to show per input (default 3)</source>
        <translation>入力ごとに表示するクラス数（既定値 3）</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>image files, .csv tables (one sample per row) or .npy arrays</source>
        <translation>画像ファイル、.csv の表（1 行 1 サンプル）、または .npy 配列</translation>
    </message>
    <message>
        <source>inputs: {0}</source>
        <translation>入力：{0}</translation>
    </message>
    <message>
        <source>internal error, please report it: {0}: {1} (run with --debug for the details)</source>
        <translation>内部エラーです。報告してください：{0}: {1}（詳細は --debug を付けて実行）</translation>
    </message>
    <message>
        <source>interrupted: stopping the runs in progress after their current batch…</source>
        <translation>中断：実行中のものを現在のバッチの後で停止しています…</translation>
    </message>
    <message>
        <source>keep the weights at the start and after every epoch here (for `netbuilder landscape --trajectory`)</source>
        <translation>開始時と各エポック後の重みをここに保存します（`netbuilder landscape --trajectory` 用）</translation>
    </message>
    <message>
        <source>language of messages and of the window: en, ja or system (default: $NETBUILDER_LANGUAGE, else the locale, e.g. LANG=ja_JP.UTF-8)</source>
        <translation>メッセージとウィンドウの言語：en、ja、system のいずれか（既定値：$NETBUILDER_LANGUAGE、なければロケール。例：LANG=ja_JP.UTF-8）</translation>
    </message>
    <message>
        <source>layer number, from 1 as on the cards</source>
        <translation>層の番号（カードと同じく 1 から）</translation>
    </message>
    <message>
        <source>layer {0} Conv2D, filter {1}, output pixel ({2}, {3}); reads the input at rows {4}…, columns {5}…</source>
        <translation>層 {0} Conv2D、フィルタ {1}、出力画素 ({2}, {3})。入力の行 {4}…、列 {5}… を読みます</translation>
    </message>
    <message>
        <source>layer {0} Dense, unit {1}: the {2} largest of {3} contributions (input × weight)</source>
        <translation>層 {0} Dense、ユニット {1}：{3} 個の寄与（入力 × 重み）のうち大きい {2} 個</translation>
    </message>
    <message>
        <source>layer {0} Softmax</source>
        <translation>層 {0} Softmax</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>list every layer kind, loss and optimizer with its parameters</source>
        <translation>すべての層の種類・損失関数・最適化手法をパラメータとともに一覧表示します</translation>
    </message>
    <message>
        <source>list the bundled example networks and where they are</source>
        <translation>同梱のサンプルネットワークとその場所を一覧表示します</translation>
    </message>
    <message>
        <source>list, show, compare and manage recorded training runs</source>
        <translation>記録された学習の実行を一覧・表示・比較・管理します</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>loss and accuracy per epoch of several runs in one PNG</source>
        <translation>複数の実行のエポックごとの損失と正解率を一枚の PNG に</translation>
    </message>
    <message>
        <source>loss at the initial weights {0:.4f}, at the final {1:.4f} ({2:.1f}s)</source>
        <translation>初期の重みでの損失 {0:.4f}、最終では {1:.4f}（{2:.1f}秒）</translation>
    </message>
    <message>
        <source>name at least one network file, or a --study</source>
        <translation>ネットワークファイルを一つ以上、または --study を指定してください</translation>
    </message>
    <message>
        <source>netbuilder: --resume continues with the checkpoint's own data and settings; other flags are ignored</source>
        <translation>netbuilder: --resume はチェックポイント自身のデータと設定で続けます。他のオプションは無視します</translation>
    </message>
    <message>
        <source>netbuilder: cannot {0} the desktop entry: {1}: {2}</source>
        <translation>netbuilder: デスクトップエントリを {0} できません：{1}: {2}</translation>
    </message>
    <message>
        <source>netbuilder: could not write {0} ({1}), nor the fallback {2} ({3}); keeping the work in a checkpoint instead</source>
        <translation>netbuilder: {0} を書き出せず（{1}）、代わりの {2} にも書き出せませんでした（{3}）。作業はチェックポイントに残します</translation>
    </message>
    <message>
        <source>netbuilder: no desktop entry was installed; nothing to remove</source>
        <translation>netbuilder: デスクトップエントリはインストールされていません。削除するものはありません</translation>
    </message>
    <message>
        <source>netbuilder: no template named {0!r}; the templates are: {1}</source>
        <translation>netbuilder: {0!r} という名前のテンプレートはありません。テンプレート：{1}</translation>
    </message>
    <message>
        <source>netbuilder: not recording this run: {0}</source>
        <translation>netbuilder: この実行は記録しません：{0}</translation>
    </message>
    <message>
        <source>netbuilder: note: no --weights given, so the export holds the network's initial weights</source>
        <translation>netbuilder: 注意：--weights が指定されていないため、エクスポートにはネットワークの初期の重みが入ります</translation>
    </message>
    <message>
        <source>netbuilder: note: {0}</source>
        <translation>netbuilder: 注意：{0}</translation>
    </message>
    <message>
        <source>netbuilder: run {0} recorded no epochs (left out)</source>
        <translation>netbuilder: 実行 {0} はエポックを記録していません（除外）</translation>
    </message>
    <message>
        <source>netbuilder: the run could not be recorded ({0})</source>
        <translation>netbuilder: 実行を記録できませんでした（{0}）</translation>
    </message>
    <message>
        <source>netbuilder: {0}</source>
        <translation>netbuilder: {0}</translation>
    </message>
    <message>
        <source>network file (.json)</source>
        <translation>ネットワークファイル（.json）</translation>
    </message>
    <message>
        <source>network file (.json), or an ONNX model to train further</source>
        <translation>ネットワークファイル（.json）、またはさらに学習する ONNX モデル</translation>
    </message>
    <message>
        <source>network file to open</source>
        <translation>開くネットワークファイル</translation>
    </message>
    <message>
        <source>network files (several: compared)</source>
        <translation>ネットワークファイル（複数なら比較）</translation>
    </message>
    <message>
        <source>next: cd {0} &amp;&amp; python check_parity.py &amp;&amp; torchrun --nproc_per_node 2 train.py</source>
        <translation>次に：cd {0} &amp;&amp; python check_parity.py &amp;&amp; torchrun --nproc_per_node 2 train.py</translation>
    </message>
    <message>
        <source>no finite loss values arrived from the training thread</source>
        <translation>学習スレッドから有限の損失の値が届きませんでした</translation>
    </message>
    <message>
        <source>no live snapshots arrived from the training thread</source>
        <translation>学習スレッドからライブのスナップショットが届きませんでした</translation>
    </message>
    <message>
        <source>no test results arrived after training</source>
        <translation>学習後にテスト結果が届きませんでした</translation>
    </message>
    <message>
        <source>none (the resources folder is missing)</source>
        <translation>なし（resources フォルダがありません）</translation>
    </message>
    <message>
        <source>one JSON object per run, as a list</source>
        <translation>実行ごとに一つの JSON オブジェクト（リストで）</translation>
    </message>
    <message>
        <source>one run: settings, metrics per epoch, confusion matrix</source>
        <translation>一つの実行：設定、エポックごとの指標、混同行列</translation>
    </message>
    <message>
        <source>one weight (layers from 1), or "largest"</source>
        <translation>一つの重み（層は 1 から）、または "largest"</translation>
    </message>
    <message>
        <source>only runs whose name contains TEXT</source>
        <translation>名前に TEXT を含む実行だけ</translation>
    </message>
    <message>
        <source>open the builder window (the default)</source>
        <translation>ビルダーウィンドウを開きます（既定）</translation>
    </message>
    <message>
        <source>output shape</source>
        <translation>出力形状</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>per-class accuracy: </source>
        <translation>クラスごとの正解率：</translation>
    </message>
    <message>
        <source>plane directions (default: trajectory when --trajectory is given)</source>
        <translation>平面の方向（既定値：--trajectory があれば学習経路）</translation>
    </message>
    <message>
        <source>plane resolution, grid × grid (default 21)</source>
        <translation>平面の解像度 grid × grid（既定値 21）</translation>
    </message>
    <message>
        <source>plot the loss along a weight, a line or a plane of weight space (PNG)</source>
        <translation>重み・直線・重み空間の平面に沿った損失を描きます（PNG）</translation>
    </message>
    <message>
        <source>points along a weight or the line (default 41)</source>
        <translation>重みまたは直線に沿った点の数（既定値 41）</translation>
    </message>
    <message>
        <source>print only the path of template NAME (file name without .json)</source>
        <translation>テンプレート NAME（.json を除いたファイル名）のパスだけを表示します</translation>
    </message>
    <message>
        <source>print the reference as Markdown (for README)</source>
        <translation>リファレンスを Markdown で表示します（README 用）</translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>結果を JSON で表示します</translation>
    </message>
    <message>
        <source>ran out of memory; `netbuilder check NET.json` shows how much training needs (reduce batch_size or the largest layers)</source>
        <translation>メモリが足りません。`netbuilder check NET.json` で学習に必要な量が分かります（batch_size か最大の層を小さくしてください）</translation>
    </message>
    <message>
        <source>recorded runs, newest first</source>
        <translation>記録された実行（新しい順）</translation>
    </message>
    <message>
        <source>remove what --install-desktop-entry wrote</source>
        <translation>--install-desktop-entry が書き込んだものを削除します</translation>
    </message>
    <message>
        <source>replace every hidden activation with each kind in turn, e.g. ReLU,Sigmoid,Tanh</source>
        <translation>隠れ層の活性化関数をすべて、各種類に順に置き換えます。例：ReLU,Sigmoid,Tanh</translation>
    </message>
    <message>
        <source>resuming: {0} of {1} runs already done</source>
        <translation>再開：{1} 件中 {0} 件は完了済み</translation>
    </message>
    <message>
        <source>run a study from resources/studies (depth-activation, targets, seed-spread)</source>
        <translation>resources/studies の実験を実行します（depth-activation、targets、seed-spread）</translation>
    </message>
    <message>
        <source>run ids followed by --tags</source>
        <translation>実行 ID の後に --tags</translation>
    </message>
    <message>
        <source>run store database (default: $NETBUILDER_RUNS or ~/.local/share/NetBuilder/runs.sqlite)</source>
        <translation>実行記録のデータベース（既定値：$NETBUILDER_RUNS または ~/.local/share/NetBuilder/runs.sqlite）</translation>
    </message>
    <message>
        <source>run store to record into (default: $NETBUILDER_RUNS or ~/.local/share/NetBuilder/runs.sqlite)</source>
        <translation>記録先の実行データベース（既定値：$NETBUILDER_RUNS または ~/.local/share/NetBuilder/runs.sqlite）</translation>
    </message>
    <message>
        <source>run {0} recorded no epochs; nothing to compare</source>
        <translation>実行 {0} はエポックを記録していません。比較するものがありません</translation>
    </message>
    <message>
        <source>run {0}: tags {1}</source>
        <translation>実行 {0}：タグ {1}</translation>
    </message>
    <message>
        <source>run {0}: {1}</source>
        <translation>実行 {0}：{1}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>sample {0} of the {1} split (label {2})</source>
        <translation>{1}データのサンプル {0}（ラベル {2}）</translation>
    </message>
    <message>
        <source>seed of the random directions</source>
        <translation>ランダムな方向の乱数シード</translation>
    </message>
    <message>
        <source>seeds 0..N-1 (default 3, or the study's)</source>
        <translation>シード 0..N-1（既定値 3、または実験の設定）</translation>
    </message>
    <message>
        <source>set (or --append to) a run's notes</source>
        <translation>実行のメモを設定します（--append で追記）</translation>
    </message>
    <message>
        <source>sgd, momentum, nesterov, adagrad, rmsprop or adam</source>
        <translation>sgd、momentum、nesterov、adagrad、rmsprop、adam のいずれか</translation>
    </message>
    <message>
        <source>show full tracebacks</source>
        <translation>トレースバックをすべて表示します</translation>
    </message>
    <message>
        <source>show how one unit computes its value, with the numbers</source>
        <translation>一つのユニットが値をどう計算するかを数値付きで表示します</translation>
    </message>
    <message>
        <source>stopped, but the checkpoint could not be written to {0} ({1})</source>
        <translation>停止しましたが、チェックポイントを {0} に書き出せませんでした（{1}）</translation>
    </message>
    <message>
        <source>sweep folder (default: sweeps/&lt;sweep id&gt;)</source>
        <translation>スイープのフォルダ（既定値：sweeps/&lt;スイープ ID&gt;）</translation>
    </message>
    <message>
        <source>sweep {0}: {1} runs ({2} × {3}) on {4}; folder {5}</source>
        <translation>スイープ {0}：{4} で {1} 件の実行（{2} × {3}）。フォルダ {5}</translation>
    </message>
    <message>
        <source>sweeping ({0})</source>
        <translation>スイープ中（{0}）</translation>
    </message>
    <message>
        <source>take the picture while training, paused after this many (fractional) epochs</source>
        <translation>学習中に撮影します。この（小数可）エポック数の後で一時停止します</translation>
    </message>
    <message>
        <source>target folder (default: the user data folder)</source>
        <translation>保存先フォルダ（既定値：ユーザーのデータフォルダ）</translation>
    </message>
    <message>
        <source>test loss {0:.4f}  test accuracy {1:.4f}  ({2:,.0f} images/s, {3:.1f}s training)</source>
        <translation>テスト損失 {0:.4f}  テスト正解率 {1:.4f}  （{2:,.0f} 画像/秒、学習 {3:.1f}秒）</translation>
    </message>
    <message>
        <source>the live panel could not be drawn</source>
        <translation>ライブパネルを描画できませんでした</translation>
    </message>
    <message>
        <source>the training controller is {0}, not ready for a new run</source>
        <translation>学習コントローラは {0} の状態で、新しい実行の準備ができていません</translation>
    </message>
    <message>
        <source>the training controller refused to start</source>
        <translation>学習コントローラが開始を拒否しました</translation>
    </message>
    <message>
        <source>the training thread did not stop</source>
        <translation>学習スレッドが止まりませんでした</translation>
    </message>
    <message>
        <source>the window could not be drawn</source>
        <translation>ウィンドウを描画できませんでした</translation>
    </message>
    <message>
        <source>then {0} (layer {1}): {2:.4f} → {3:.4f}</source>
        <translation>続いて {0}（層 {1}）：{2:.4f} → {3:.4f}</translation>
    </message>
    <message>
        <source>train a network file on a data source</source>
        <translation>ネットワークファイルをデータソースで学習します</translation>
    </message>
    <message>
        <source>train a network in the real window (offscreen) and save a screenshot</source>
        <translation>実際のウィンドウ（画面外）でネットワークを学習し、スクリーンショットを保存します</translation>
    </message>
    <message>
        <source>train a network over several seeds and settings, with mean ± std</source>
        <translation>複数のシードと設定でネットワークを学習し、平均 ± 標準偏差を出します</translation>
    </message>
    <message>
        <source>train a tiny network offscreen through the real training worker, exit 0 if all is well</source>
        <translation>実際の学習ワーカーで小さなネットワークを画面外で学習し、問題なければ終了コード 0 で終わります</translation>
    </message>
    <message>
        <source>trained weights for a network file</source>
        <translation>ネットワークファイル用の学習済みの重み</translation>
    </message>
    <message>
        <source>trained weights for a network file (default: a .nbmodel's own weights, a network file's initial weights)</source>
        <translation>ネットワークファイル用の学習済み重み（既定：.nbmodel ならその重み、ネットワークファイルなら初期重み）</translation>
    </message>
    <message>
        <source>training did not finish within {0:g} s</source>
        <translation>学習が {0:g} 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <source>training did not finish within {0} s</source>
        <translation>学習が {0} 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <source>validate a network file and print its layer table</source>
        <translation>ネットワークファイルを検証し、層の表を表示します</translation>
    </message>
    <message>
        <source>weights stored at each epoch (plane and line)</source>
        <translation>各エポックで保存した重み（平面と直線用）</translation>
    </message>
    <message>
        <source>what differs between two runs, then their outcomes side by side</source>
        <translation>二つの実行の違いと、それぞれの結果を並べて表示します</translation>
    </message>
    <message>
        <source>where Ctrl-C writes its checkpoint (default: DIR/checkpoint.npz or NAME.checkpoint.npz)</source>
        <translation>Ctrl-C でチェックポイントを書き出す場所（既定値：DIR/checkpoint.npz または NAME.checkpoint.npz）</translation>
    </message>
    <message>
        <source>where runs execute (default local); dask:// needs pip install 'netbuilder[cluster]'</source>
        <translation>実行する場所（既定値 local）。dask:// には pip install 'netbuilder[cluster]' が必要です</translation>
    </message>
    <message>
        <source>where to write the PNG</source>
        <translation>PNG の書き出し先</translation>
    </message>
    <message>
        <source>which evaluation sample (default 0)</source>
        <translation>どの評価サンプルか（既定値 0）</translation>
    </message>
    <message>
        <source>which live view to show (default: features)</source>
        <translation>表示するライブビュー（既定値：features）</translation>
    </message>
    <message>
        <source>window size (default {0})</source>
        <translation>ウィンドウの大きさ（既定値 {0}）</translation>
    </message>
    <message>
        <source>with --weight: sweep the same weight of another network onto the same chart (e.g. the ReLU twin of a sigmoid net); repeatable</source>
        <translation>--weight と一緒に：別のネットワークの同じ重みを同じグラフにスイープします（例：シグモイドのネットワークの ReLU 版）。繰り返し指定可</translation>
    </message>
    <message>
        <source>worker processes (default: one per core)</source>
        <translation>ワーカープロセス数（既定値：コアごとに一つ）</translation>
    </message>
    <message>
        <source>write a model as a PyTorch project (trains with torchrun) or an ONNX file</source>
        <translation>モデルを PyTorch プロジェクト（torchrun で学習）または ONNX ファイルとして書き出します</translation>
    </message>
    <message>
        <source>write a run's network JSON, weights and metrics JSON to a folder</source>
        <translation>実行のネットワーク JSON、重み、指標 JSON をフォルダに書き出します</translation>
    </message>
    <message>
        <source>write model.nbmodel, weights.npz, network.json and metrics.json here</source>
        <translation>model.nbmodel、weights.npz、network.json、metrics.json をここに書き出します</translation>
    </message>
    <message>
        <source>write the metrics JSON here</source>
        <translation>指標の JSON をここに書き出します</translation>
    </message>
    <message>
        <source>write the results as JSON</source>
        <translation>結果を JSON で書き出します</translation>
    </message>
    <message>
        <source>write the tables only</source>
        <translation>表だけを書き出します</translation>
    </message>
    <message>
        <source>wrote {0}</source>
        <translation>{0} を書き出しました</translation>
    </message>
    <message>
        <source>wrote {0} (ONNX opset 17, input NCHW with a dynamic batch)</source>
        <translation>{0} を書き出しました（ONNX opset 17、入力は NCHW、バッチは可変）</translation>
    </message>
    <message>
        <source>wrote {0} files to {1}: {2}</source>
        <translation>{1} にファイル {0} 個を書き出しました：{2}</translation>
    </message>
    <message>
        <source>{0} layers</source>
        <translation>{0}層</translation>
    </message>
    <message>
        <source>{0} of {1} runs done ({2} diverged, {3} failed){4}. Results in {5}</source>
        <translation>{1} 件中 {0} 件の実行が完了（発散 {2}、失敗 {3}）{4}。結果は {5}</translation>
    </message>
    <message>
        <source>{0} test samples  loss {1:.4f}  accuracy {2:.4f}</source>
        <translation>テストサンプル {0} 件  損失 {1:.4f}  正解率 {2:.4f}</translation>
    </message>
    <message>
        <source>{0} with {1}: </source>
        <translation>{0}（{1}）：</translation>
    </message>
    <message>
        <source>{0} with {1}: {2}</source>
        <translation>{0}（{1}）：{2}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n problem(s)</source>
        <translation>
            <numerusform>{0}：問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: cannot resume {1}: {2}</source>
        <translation>{0}: {1} を再開できません：{2}</translation>
    </message>
    <message>
        <source>{0}: cannot write ({1})</source>
        <translation>{0}: 書き出せません（{1}）</translation>
    </message>
    <message>
        <source>{0}: no data source; give --data SPEC</source>
        <translation>{0}: データソースがありません。--data SPEC を指定してください</translation>
    </message>
    <message>
        <source>{0}: no data source; give --data SPEC or add "data": "builtin:shapes" to the file</source>
        <translation>{0}: データソースがありません。--data SPEC を指定するか、ファイルに "data": "builtin:shapes" を加えてください</translation>
    </message>
    <message>
        <source>{0}: not a usable network ({1})</source>
        <translation>{0}: 使えるネットワークではありません（{1}）</translation>
    </message>
    <message>
        <source>{0}: training did not start: {1}</source>
        <translation>{0}: 学習が始まりませんでした：{1}</translation>
    </message>
    <message>
        <source>{0}: value {1:.4g}, loss {2:.4f}, gradient {3:.4g}; loss over the sweep {4} … {5}</source>
        <translation>{0}：値 {1:.4g}、損失 {2:.4f}、勾配 {3:.4g}。スイープ全体の損失 {4} … {5}</translation>
    </message>
    <message>
        <source>{0}: {1:,} parameters ({2} as float32), {3} multiply-adds per sample, loss {4}</source>
        <translation>{0}：パラメータ {1:,} 個（float32 で {2}）、1 サンプルあたりの積和 {3} 回、損失 {4}</translation>
    </message>
    <message>
        <source>{0}: {1}; nothing was trained</source>
        <translation>{0}: {1}。何も学習していません</translation>
    </message>
    <message>
        <source>{0}seed {1}: {2}</source>
        <translation>{0}シード {1}：{2}</translation>
    </message>
    <message>
        <source>{0}×{1} plane ({2} directions) on {3} {4} samples: {5:.1f}s; loss {6:.4f} … {7:.4f}, at the weights {8:.4f}</source>
        <translation>{0}×{1} の平面（{2} 方向）、{3} {4} サンプル：{5:.1f}秒。損失 {6:.4f} … {7:.4f}、現在の重みで {8:.4f}</translation>
    </message>
    <message>
        <source>Σ all products {0:.4f} + bias {1:.4f} = {2:.4f} (the layer computed {3:.4f})</source>
        <translation>Σ すべての積 {0:.4f} + バイアス {1:.4f} = {2:.4f}（層の計算値 {3:.4f}）</translation>
    </message>
    <message>
        <source>Σ exp = {0:.4g}; softmax sums to 1 and sharpens differences, the sigmoids sum to {1:.3f}</source>
        <translation>Σ exp = {0:.4g}。softmax の合計は 1 で差を強調します。シグモイドの合計は {1:.3f}</translation>
    </message>
    <message>
        <source>Σ {0:.4f} + bias {1:.4f} = {2:.4f} (the layer computed {3:.4f})</source>
        <translation>Σ {0:.4f} + バイアス {1:.4f} = {2:.4f}（層の計算値 {3:.4f}）</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source> (this looks like CIFAR-100, which is not supported)</source>
        <translation>（CIFAR-100 のようですが、対応していません）</translation>
    </message>
    <message>
        <source>CIFAR-10 is not in {0}: {1} of its 6 batch files are missing.</source>
        <translation>CIFAR-10 が {0} にありません：6 個のバッチファイルのうち {1} 個が見つかりません。</translation>
    </message>
    <message>
        <source>Column "{0}" of {1} is not numeric: line {2} holds "{3}"; use it as the label column or remove it.</source>
        <translation>{1} の列 "{0}" は数値ではありません：{2} 行目が "{3}" です。ラベルの列にするか、削除してください。</translation>
    </message>
    <message>
        <source>Column "{0}" of {1}, line {2}, holds "{3}", beyond the range of 32-bit numbers (±{4:.3g}) the network computes with; rescale that column.</source>
        <translation>{1} の列 "{0}" の {2} 行目が "{3}" で、ネットワークが計算に使う 32 ビットの数の範囲（±{4:.3g}）を超えています。その列の尺度を変えてください。</translation>
    </message>
    <message>
        <source>Downloading {0} failed: the server answered {1} {2}.</source>
        <translation>{0} のダウンロードに失敗しました：サーバーの応答は {1} {2} でした。</translation>
    </message>
    <message>
        <source>Downloading {0} stopped after {1} of {2} bytes; try again.</source>
        <translation>{0} のダウンロードが {2} バイト中 {1} バイトで止まりました。もう一度試してください。</translation>
    </message>
    <message>
        <source>Downloading {0} to {1} failed ({2}).</source>
        <translation>{0} を {1} にダウンロードできませんでした（{2}）。</translation>
    </message>
    <message>
        <source>Every input column of {0} has a missing value, so dropping them leaves nothing; try ?missing=mean or ?missing=zero.</source>
        <translation>{0} のすべての入力列に欠損値があり、落とすと何も残りません。?missing=mean か ?missing=zero を試してください。</translation>
    </message>
    <message>
        <source>Every row of {0} has a missing value; try ?missing=mean or ?missing=drop-columns instead of dropping rows.</source>
        <translation>{0} のすべての行に欠損値があります。行を落とす代わりに ?missing=mean か ?missing=drop-columns を試してください。</translation>
    </message>
    <message>
        <source>Every row of {0} lacks a value in label column "{1}".</source>
        <translation>{0} のすべての行で、ラベルの列 "{1}" に値がありません。</translation>
    </message>
    <message>
        <source>In the dataset SPEC "{0}", option {1} {2}, not "{3}".</source>
        <translation>データセット SPEC "{0}" のオプション {1} は{2}（"{3}" は不可）。</translation>
    </message>
    <message>
        <source>Label column "{0}" of {1} has only one class ("{2}"); a classifier needs at least two.</source>
        <translation>{1} のラベルの列 "{0}" にはクラスが一つ（"{2}"）しかありません。分類には少なくとも二つ必要です。</translation>
    </message>
    <message>
        <source>Label column "{0}" of {1} holds {2} on line {3}; labels must be class names or whole numbers (NetBuilder classifies, it does not regress).</source>
        <translation>{1} のラベルの列 "{0}" の {3} 行目が {2} です。ラベルはクラス名か整数でなければなりません（NetBuilder は分類をし、回帰はしません）。</translation>
    </message>
    <message>
        <source>Line {0} of {1} has {2} fields but the header has {3}.</source>
        <translation>{1} の {0} 行目の項目数は {2} ですが、見出しは {3} 項目です。</translation>
    </message>
    <message>
        <source>No SHA-256 is known for {0}, so it cannot be verified; refusing to download it.</source>
        <translation>{0} の SHA-256 が分からず検証できないため、ダウンロードしません。</translation>
    </message>
    <message>
        <source>Reading image folders needs the Pillow package, which is not installed (pip install Pillow).</source>
        <translation>画像フォルダを読むには Pillow パッケージが必要ですが、インストールされていません（pip install Pillow）。</translation>
    </message>
    <message>
        <source>The CSV file {0} does not exist.</source>
        <translation>CSV ファイル {0} がありません。</translation>
    </message>
    <message>
        <source>The class folder {0} holds no PNG or JPEG files.</source>
        <translation>クラスのフォルダ {0} に PNG や JPEG のファイルがありません。</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" asks for CIFAR-10 class "{1}"{2}; the classes are {3}.</source>
        <translation>データセット SPEC "{0}" が CIFAR-10 のクラス "{1}" を求めています{2}。クラスは {3} です。</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" gives no training samples ({1} test samples); a network needs data to learn from.</source>
        <translation>データセット SPEC "{0}" には学習サンプルがありません（テストサンプル {1} 件）。ネットワークには学習するデータが必要です。</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" has no scheme; expected SCHEME:TARGET such as mnist:DIR or builtin:{1}.</source>
        <translation>データセット SPEC "{0}" に種類がありません。mnist:DIR や builtin:{1} のような SCHEME:TARGET の形にしてください。</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" has option "{1}" without a value; write key=value.</source>
        <translation>データセット SPEC "{0}" のオプション "{1}" に値がありません。key=value と書いてください。</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" has unknown option "{1}"{2}; {3}: accepts {4}.</source>
        <translation>データセット SPEC "{0}" に不明なオプション "{1}" があります{2}。{3}: で使えるのは {4} です。</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" has unknown scheme "{1}"{2}; the forms are:
{3}</source>
        <translation>データセット SPEC "{0}" の種類 "{1}" は不明です{2}。形式は次のとおりです：
{3}</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" lists class "{1}" twice.</source>
        <translation>データセット SPEC "{0}" にクラス "{1}" が二度あります。</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" names no built-in set "{1}"{2}; the built-in sets are {3}.</source>
        <translation>データセット SPEC "{0}" の内蔵セット "{1}" はありません{2}。内蔵セットは {3} です。</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" names no file; write csv:FILE.</source>
        <translation>データセット SPEC "{0}" にファイルがありません。csv:FILE と書いてください。</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" names no folder; write images:DIR.</source>
        <translation>データセット SPEC "{0}" にフォルダがありません。images:DIR と書いてください。</translation>
    </message>
    <message>
        <source>The dataset SPEC "{0}" sets option "{1}" twice.</source>
        <translation>データセット SPEC "{0}" がオプション "{1}" を二度指定しています。</translation>
    </message>
    <message>
        <source>The dataset SPEC is empty; expected something like mnist:DIR or builtin:shapes.</source>
        <translation>データセット SPEC が空です。mnist:DIR や builtin:shapes のように書いてください。</translation>
    </message>
    <message>
        <source>The download folder {0} cannot be created ({1}).</source>
        <translation>ダウンロード先のフォルダ {0} を作れません（{1}）。</translation>
    </message>
    <message>
        <source>The image folder {0} does not exist.</source>
        <translation>画像フォルダ {0} がありません。</translation>
    </message>
    <message>
        <source>The {0} folder {1} does not exist.</source>
        <translation>{0}のフォルダ {1} がありません。</translation>
    </message>
    <message>
        <source>There is no downloadable dataset "{0}"{1}; choose from {2}.</source>
        <translation>ダウンロードできるデータセット "{0}" はありません{1}。次から選んでください：{2}。</translation>
    </message>
    <message>
        <source>a CIFAR-10 batch</source>
        <translation>CIFAR-10 のバッチ</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>a CSV table (text with one row per line)</source>
        <translation>CSV の表（1 行に 1 件のテキスト）</translation>
    </message>
    <message>
        <source>a data file</source>
        <translation>データファイル</translation>
    </message>
    <message>
        <source>a label file</source>
        <translation>ラベルファイル</translation>
    </message>
    <message>
        <source>an image file</source>
        <translation>画像ファイル</translation>
    </message>
    <message>
        <source>an image folder</source>
        <translation>画像フォルダ</translation>
    </message>
    <message>
        <source>at most {0:g}</source>
        <translation>{0:g} 以下</translation>
    </message>
    <message>
        <source>augmentation "{0}" needs images (N, C, H, W), but the data has shape {1}; only "noise" works on vectors</source>
        <translation>データ拡張 "{0}" には画像 (N, C, H, W) が必要ですが、データの形状は {1} です。ベクトルに使えるのは "noise" だけです</translation>
    </message>
    <message>
        <source>below {0:g}</source>
        <translation>{0:g} 未満</translation>
    </message>
    <message>
        <source>classes without training rows: </source>
        <translation>学習用の行がないクラス：</translation>
    </message>
    <message numerus="yes">
        <source>colour {0!r} does not fit a network taking %n channel(s)</source>
        <translation>
            <numerusform>色 {0!r} は %n チャネルを受け取るネットワークに合いません</numerusform>
        </translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>列 {0}</translation>
    </message>
    <message>
        <source>columns should be a list of the {0} column names the network takes</source>
        <translation>columns はネットワークが受け取る {0} 個の列名のリストでなければなりません</translation>
    </message>
    <message>
        <source>describes images, but the network takes inputs of shape {0}</source>
        <translation>画像の記述ですが、ネットワークの入力の形状は {0} です</translation>
    </message>
    <message>
        <source>describes table rows, but the network takes inputs of shape {0}</source>
        <translation>表の行の記述ですが、ネットワークの入力の形状は {0} です</translation>
    </message>
    <message>
        <source>dropped columns with missing values: </source>
        <translation>欠損値のある列を落としました：</translation>
    </message>
    <message>
        <source>dropped {0} rows with missing values</source>
        <translation>欠損値のある行を {0} 行落としました</translation>
    </message>
    <message>
        <source>dropped {0} rows without a value in label column "{1}"</source>
        <translation>ラベルの列 "{1}" に値のない行を {0} 行落としました</translation>
    </message>
    <message>
        <source>features should be a whole number</source>
        <translation>features は整数でなければなりません</translation>
    </message>
    <message>
        <source>grey and colour images mixed: all loaded as RGB</source>
        <translation>グレーとカラーの画像が混在：すべて RGB として読み込みました</translation>
    </message>
    <message>
        <source>has a shift without a scale (or a scale without a shift)</source>
        <translation>scale のない shift（または shift のない scale）があります</translation>
    </message>
    <message>
        <source>image size {0!r}×{1!r} is not the network's {2}×{3}</source>
        <translation>画像の大きさ {0!r}×{1!r} がネットワークの {2}×{3} と違います</translation>
    </message>
    <message>
        <source>input {0!r} is none of image, table or vector</source>
        <translation>入力 {0!r} は image、table、vector のいずれでもありません</translation>
    </message>
    <message>
        <source>more than {0} of</source>
        <translation>{0} を超える</translation>
    </message>
    <message>
        <source>must be 1 or 0</source>
        <translation>1 か 0 でなければなりません</translation>
    </message>
    <message>
        <source>must be WIDTHxHEIGHT such as 32x32</source>
        <translation>32x32 のような 幅x高さ でなければなりません</translation>
    </message>
    <message>
        <source>must be WIDTHxHEIGHT with each side between 1 and 4096</source>
        <translation>各辺が 1 から 4096 の 幅x高さ でなければなりません</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>数値でなければなりません</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>整数でなければなりません</translation>
    </message>
    <message>
        <source>must be at least {0:g} and {1}</source>
        <translation>{0:g} 以上かつ {1}でなければなりません</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>{0} 以上でなければなりません</translation>
    </message>
    <message>
        <source>must be between {0} and {1}</source>
        <translation>{0} から {1} の間でなければなりません</translation>
    </message>
    <message>
        <source>must be one of {0}{1}</source>
        <translation>{0} のいずれかでなければなりません{1}</translation>
    </message>
    <message>
        <source>must list at least one name</source>
        <translation>名前を一つ以上並べなければなりません</translation>
    </message>
    <message>
        <source>unknown augmentation "{0}"{1}; choose from {2}</source>
        <translation>不明なデータ拡張 "{0}"{1}。次から選んでください：{2}</translation>
    </message>
    <message>
        <source>{0} array of shape {1}</source>
        <translation>形状 {1} の {0} 配列</translation>
    </message>
    <message>
        <source>{0} asks to load {1}, which a CIFAR-10 batch never contains; refusing to open it, since pickles can run code.</source>
        <translation>{0} は {1} の読み込みを求めていますが、CIFAR-10 のバッチがそれを含むことはありません。pickle はコードを実行できるため、開きません。</translation>
    </message>
    <message>
        <source>{0} cannot be read ({1}).</source>
        <translation>{0} を読めません（{1}）。</translation>
    </message>
    <message>
        <source>{0} contains the unsafe path {1!r}; refusing to unpack it.</source>
        <translation>{0} に安全でないパス {1!r} が含まれているため、展開しません。</translation>
    </message>
    <message>
        <source>{0} contains {1!r}, which is not a regular file; refusing to unpack it.</source>
        <translation>{0} に通常のファイルではない {1!r} が含まれているため、展開しません。</translation>
    </message>
    <message>
        <source>{0} did not contain the CIFAR-10 batches under {1}/.</source>
        <translation>{0} の {1}/ に CIFAR-10 のバッチがありませんでした。</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} がありません。</translation>
    </message>
    <message>
        <source>{0} does not exist; a CIFAR-10 folder needs {1} and {2} (the python version of the set).</source>
        <translation>{0} がありません。CIFAR-10 のフォルダには {1} と {2}（python 版のデータセット）が必要です。</translation>
    </message>
    <message>
        <source>{0} does not list the {1} CIFAR-10 class names under 'label_names'.</source>
        <translation>{0} の 'label_names' に CIFAR-10 の {1} 個のクラス名がありません。</translation>
    </message>
    <message>
        <source>{0} does not match its known SHA-256 (expected {1}, got {2}); the file was not kept.</source>
        <translation>{0} が既知の SHA-256 と一致しません（期待値 {1}、実際 {2}）。ファイルは残していません。</translation>
    </message>
    <message>
        <source>{0} has 'data' as {1}, not the uint8 array of N x {2} pixels of a CIFAR-10 batch.</source>
        <translation>{0} の 'data' は {1} で、CIFAR-10 のバッチの N x {2} 画素の uint8 配列ではありません。</translation>
    </message>
    <message>
        <source>{0} has IDX magic number {1} where {2} ({3}) was expected; is it the right file?</source>
        <translation>{0} の IDX マジックナンバーは {1} ですが、{2}（{3}）のはずです。正しいファイルですか？</translation>
    </message>
    <message>
        <source>{0} has a header but no data rows.</source>
        <translation>{0} には見出しはありますが、データの行がありません。</translation>
    </message>
    <message>
        <source>{0} has a header promising {1} values ({2}), more than the {3} of memory available; it is damaged or not an IDX file.</source>
        <translation>{0} の見出しは {1} 個の値（{2}）を示しており、使えるメモリ {3} を超えています。壊れているか、IDX ファイルではありません。</translation>
    </message>
    <message>
        <source>{0} has label {1} at position {2}, but this dataset has only classes 0 to {3}.</source>
        <translation>{0} の位置 {2} のラベルは {1} ですが、このデータセットのクラスは 0 から {3} までです。</translation>
    </message>
    <message>
        <source>{0} has label {1} at position {2}, outside CIFAR-10's 0 to 9.</source>
        <translation>{0} の位置 {2} のラベルは {1} で、CIFAR-10 の 0 から 9 の範囲外です。</translation>
    </message>
    <message>
        <source>{0} has labels that are not whole numbers.</source>
        <translation>{0} に整数でないラベルがあります。</translation>
    </message>
    <message>
        <source>{0} has no 'labels' entry, so it is not a CIFAR-10 batch{1}.</source>
        <translation>{0} に 'labels' の項目がないため、CIFAR-10 のバッチではありません{1}。</translation>
    </message>
    <message>
        <source>{0} has no label column "{1}"{2}; its columns are {3}.</source>
        <translation>{0} にラベルの列 "{1}" がありません{2}。列は {3} です。</translation>
    </message>
    <message>
        <source>{0} has no sub-folders; put the images of each class in a sub-folder named after the class.</source>
        <translation>{0} にサブフォルダがありません。各クラスの画像を、クラス名を付けたサブフォルダに入れてください。</translation>
    </message>
    <message>
        <source>{0} has only one class folder ({1}); a classifier needs at least two.</source>
        <translation>{0} にはクラスのフォルダが一つ（{1}）しかありません。分類には少なくとも二つ必要です。</translation>
    </message>
    <message>
        <source>{0} has only the label column "{1}" and no input columns.</source>
        <translation>{0} にはラベルの列 "{1}" しかなく、入力の列がありません。</translation>
    </message>
    <message>
        <source>{0} has two columns named "{1}"; column names must be unique.</source>
        <translation>{0} に "{1}" という名前の列が二つあります。列名は重複できません。</translation>
    </message>
    <message>
        <source>{0} has {1} unexpected bytes after the {2} values its header describes.</source>
        <translation>{0} には、見出しが示す {2} 個の値の後に想定外の {1} バイトがあります。</translation>
    </message>
    <message>
        <source>{0} holds a {1}, not the dict of a CIFAR-10 batch.</source>
        <translation>{0} の中身は {1} で、CIFAR-10 のバッチの dict ではありません。</translation>
    </message>
    <message>
        <source>{0} holds {1}</source>
        <translation>{0} に {1} があります</translation>
    </message>
    <message>
        <source>{0} holds {1} images but {2} holds {3} labels; the two files must come from the same set.</source>
        <translation>{0} の画像は {1} 枚ですが、{2} のラベルは {3} 個です。二つのファイルは同じデータセットのものでなければなりません。</translation>
    </message>
    <message>
        <source>{0} holds {1} images but {2} labels.</source>
        <translation>{0} には画像が {1} 枚ありますが、ラベルは {2} 個です。</translation>
    </message>
    <message>
        <source>{0} holds {1}x{2} images but {3} holds {4}x{5}.</source>
        <translation>{0} の画像は {1}x{2} ですが、{3} は {4}x{5} です。</translation>
    </message>
    <message>
        <source>{0} is a device or pipe, not a regular file, so not {1}.</source>
        <translation>{0} はデバイスかパイプで、通常のファイルではないため、{1}ではありません。</translation>
    </message>
    <message>
        <source>{0} is a file, but the {1} source needs a folder.</source>
        <translation>{0} はファイルですが、{1} のデータソースにはフォルダが必要です。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} はフォルダで、ファイルではありません。</translation>
    </message>
    <message>
        <source>{0} is a truncated gzip file (it ends before the compressed data does); download it again.</source>
        <translation>{0} は途中で切れた gzip ファイルです（圧縮データの途中で終わっています）。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>{0} is an empty CIFAR-10 batch: it holds 0 images (the official batches hold 10,000 each); download the set again.</source>
        <translation>{0} は空の CIFAR-10 のバッチです：画像が 0 枚です（公式のバッチは各 10,000 枚）。データセットをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>{0} is empty: its header describes {1} values, none at all.</source>
        <translation>{0} は空です：見出しが示す値は {1} で、一つもありません。</translation>
    </message>
    <message>
        <source>{0} is empty; a CSV needs a header row and at least one data row.</source>
        <translation>{0} は空です。CSV には見出しの行と少なくとも一つのデータの行が必要です。</translation>
    </message>
    <message>
        <source>{0} is not a CIFAR-10 batch (it describes an impossibly large array).</source>
        <translation>{0} は CIFAR-10 のバッチではありません（ありえないほど大きな配列を示しています）。</translation>
    </message>
    <message>
        <source>{0} is not a readable CSV file (line {1}: {2}).</source>
        <translation>{0} は読める CSV ファイルではありません（{1} 行目：{2}）。</translation>
    </message>
    <message>
        <source>{0} is not a readable PNG or JPEG image ({1}: {2}).</source>
        <translation>{0} は読める PNG や JPEG の画像ではありません（{1}: {2}）。</translation>
    </message>
    <message>
        <source>{0} is not a readable tar.gz archive ({1}).</source>
        <translation>{0} は読める tar.gz アーカイブではありません（{1}）。</translation>
    </message>
    <message>
        <source>{0} is not a text file (it holds binary data), so not {1}.</source>
        <translation>{0} はテキストファイルではない（バイナリデータを含む）ため、{1}ではありません。</translation>
    </message>
    <message>
        <source>{0} is not a valid gzip file ({1}); download it again.</source>
        <translation>{0} は有効な gzip ファイルではありません（{1}）。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>{0} is not an IDX file (it starts with 0x{1:08x}, not an IDX magic number such as 0x{2:08x}).</source>
        <translation>{0} は IDX ファイルではありません（先頭が 0x{1:08x} で、0x{2:08x} のような IDX マジックナンバーではありません）。</translation>
    </message>
    <message>
        <source>{0} is not in {1}: {2} of its 4 files ({3}) are missing.</source>
        <translation>{0} が {1} にありません：4 個のファイルのうち {2} 個（{3}）が見つかりません。</translation>
    </message>
    <message>
        <source>{0} is truncated or corrupt and cannot be unpickled ({1}: {2}).</source>
        <translation>{0} は途中で切れているか壊れていて、unpickle できません（{1}: {2}）。</translation>
    </message>
    <message>
        <source>{0} is truncated: it ends inside its IDX header.</source>
        <translation>{0} は途中で切れています：IDX の見出しの途中で終わっています。</translation>
    </message>
    <message>
        <source>{0} is truncated: its header promises {1} values ({2:,} bytes) but only {3:,} bytes follow.</source>
        <translation>{0} は途中で切れています：見出しは {1} 個の値（{2:,} バイト）を示していますが、続くのは {3:,} バイトだけです。</translation>
    </message>
    <message>
        <source>{0} is {1}x{2} pixels but {3} is {4}x{5}; all images must have one size (or add ?size={6}x{7} to resize them).</source>
        <translation>{0} は {1}x{2} 画素ですが、{3} は {4}x{5} です。画像はすべて同じ大きさでなければなりません（または ?size={6}x{7} を付けて大きさを揃えてください）。</translation>
    </message>
    <message>
        <source>{0} should be a number or a list of {1} numbers</source>
        <translation>{0} は数値か {1} 個の数値のリストでなければなりません</translation>
    </message>
    <message>
        <source>{0}[.gz] does not exist; an MNIST folder needs {1} (each may be gzipped).</source>
        <translation>{0}[.gz] がありません。MNIST のフォルダには {1} が必要です（それぞれ gzip 圧縮でもかまいません）。</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>&lt;b&gt;The data could not be loaded.&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;データを読み込めませんでした。&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1:,} training and {2:,} test samples in {3} classes. Each {4} is &lt;b&gt;{5}&lt;/b&gt;; after preprocessing the values range from &lt;b&gt;{6:.3g}&lt;/b&gt; to &lt;b&gt;{7:.3g}&lt;/b&gt; (mean {8:.3g}, standard deviation {9:.3g}). A validation share, if set, is taken from the training samples when a run starts.{10}{11}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：{3} クラス、学習データ {1:,} 件、テストデータ {2:,} 件。各{4}は &lt;b&gt;{5}&lt;/b&gt;。前処理後の値の範囲は &lt;b&gt;{6:.3g}&lt;/b&gt; から &lt;b&gt;{7:.3g}&lt;/b&gt;（平均 {8:.3g}、標準偏差 {9:.3g}）。検証データの割合を設定した場合は、実行開始時に学習データから取り分けます。{10}{11}</translation>
    </message>
    <message>
        <source>Data: {0}</source>
        <translation>データ：{0}</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>{0} を読み込み中…</translation>
    </message>
    <message>
        <source>Only the samples of one class</source>
        <translation>一つのクラスのサンプルだけ</translation>
    </message>
    <message>
        <source>Samples per class. Very uneven counts make accuracy misleading: a network can score well by always guessing the large class.</source>
        <translation>クラスごとのサンプル数。数が大きく偏っていると正解率は当てになりません：常に多いクラスを答えるだけで高い値が出ます。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>The network's input is {0}, but these samples are {1}: training would refuse them. Change the input shape or the data.</source>
        <translation>ネットワークの入力は {0} ですが、このサンプルは {1} です：学習できません。入力形状かデータを変更してください。</translation>
    </message>
    <message>
        <source>The samples as the network receives them, with their labels</source>
        <translation>ネットワークが受け取る形のサンプルとそのラベル</translation>
    </message>
    <message>
        <source>Which part of the data set to look at</source>
        <translation>データセットのどの部分を見るか</translation>
    </message>
    <message>
        <source>all classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>of {0} ({1:,} samples)</source>
        <translation>/ {0}（{1:,} サンプル）</translation>
    </message>
    <message>
        <source>page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>sample {0}: {1} · values {2:.3g} … {3:.3g}</source>
        <translation>サンプル {0}：{1} · 値 {2:.3g} … {3:.3g}</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>test samples</source>
        <translation>テストデータ</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>training samples</source>
        <translation>学習データ</translation>
    </message>
    <message>
        <source>{0} samples per page</source>
        <translation>1 ページあたり {0} サンプル</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n more epoch(s)</source>
        <translation>
            <numerusform>さらに %n エポック</numerusform>
        </translation>
    </message>
    <message>
        <source>, in the same run of the run history. </source>
        <translation>（実行履歴の同じ実行として記録）。</translation>
    </message>
    <message>
        <source>; the current weights are not kept (Run ▸ Save Weights keeps a copy).</source>
        <translation>。現在の重みは残りません（実行 ▸ 重みを保存 でコピーを残せます）。</translation>
    </message>
    <message>
        <source>; the current weights stay in the run history.</source>
        <translation>。現在の重みは実行履歴に残ります。</translation>
    </message>
    <message>
        <source>Choose a data file</source>
        <translation>データファイルを選択</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>データフォルダを選択</translation>
    </message>
    <message>
        <source>Continue ({0})</source>
        <translation>続ける（{0}）</translation>
    </message>
    <message>
        <source>Continue training trains {0} from the current weights and the optimizer's state</source>
        <translation>「学習を続ける」は現在の重みと最適化手法の状態から {0} 学習します</translation>
    </message>
    <message>
        <source>Fresh weights</source>
        <translation>新しい重み</translation>
    </message>
    <message>
        <source>Fresh weights starts a new run</source>
        <translation>「新しい重み」は新しい実行を始めます</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>重みを読み込む</translation>
    </message>
    <message>
        <source>NetBuilder networks (*.json);;All files (*)</source>
        <translation>NetBuilder ネットワーク (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>NetBuilder weights (*.npz);;All files (*)</source>
        <translation>NetBuilder の重み (*.npz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Networks and trained models (*.json *.nbmodel *.onnx);;</source>
        <translation>ネットワークと学習済みモデル (*.json *.nbmodel *.onnx);;</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>ネットワークを開く</translation>
    </message>
    <message>
        <source>Save network as</source>
        <translation>ネットワークに名前を付けて保存</translation>
    </message>
    <message>
        <source>Save the changes to “{0}” before closing it?</source>
        <translation>閉じる前に「{0}」の変更を保存しますか？</translation>
    </message>
    <message>
        <source>Save trained weights</source>
        <translation>学習済みの重みを保存</translation>
    </message>
    <message>
        <source>Save {0} before closing?</source>
        <translation>閉じる前に{0}を保存しますか？</translation>
    </message>
    <message>
        <source>This network has trained weights. Train it on from here, or start over?</source>
        <translation>このネットワークには学習済みの重みがあります。ここから学習を続けますか、それとも最初からやり直しますか？</translation>
    </message>
    <message>
        <source>Train again?</source>
        <translation>もう一度学習しますか？</translation>
    </message>
    <message>
        <source>Trained weights</source>
        <translation>学習済みの重み</translation>
    </message>
    <message>
        <source>Training is still running. Save {0} before closing?</source>
        <translation>まだ学習中です。閉じる前に{0}を保存しますか？</translation>
    </message>
    <message>
        <source>Training stops when the window closes; weights that are not saved are lost. Cancel keeps the window open and training going.</source>
        <translation>ウィンドウを閉じると学習は止まり、保存していない重みは失われます。キャンセルするとウィンドウは開いたまま学習を続けます。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Weights that are not saved are lost. Cancel keeps the window open.</source>
        <translation>保存していない重みは失われます。キャンセルするとウィンドウは開いたままです。</translation>
    </message>
    <message>
        <source>Your changes are lost if you don't save them.</source>
        <translation>保存しないと変更は失われます。</translation>
    </message>
    <message>
        <source>the trained weights</source>
        <translation>学習済みの重み</translation>
    </message>
    <message>
        <source>the trained weights and the changes to “{0}”</source>
        <translation>学習済みの重みと「{0}」の変更</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Add {0}</source>
        <translation>{0} を追加</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} を削除</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>{0} を移動</translation>
    </message>
    <message>
        <source>Set {0}</source>
        <translation>{0} を設定</translation>
    </message>
    <message>
        <source>Set {0} {1}</source>
        <translation>{0} の {1} を設定</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>{0} (unsaved)</source>
        <translation>{0}（未保存）</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message numerus="yes">
        <source>Copied %n layer(s) as JSON</source>
        <translation>
            <numerusform>%n 個の層を JSON としてコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: {0}</source>
        <translation>貼り付けませんでした：{0}</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source> (did you mean "{0}"?)</source>
        <translation>（"{0}" のことですか？）</translation>
    </message>
    <message>
        <source> or {0}</source>
        <translation> または {0}</translation>
    </message>
    <message>
        <source>"layers" must be a list of layer objects</source>
        <translation>"layers" は層オブジェクトのリストでなければなりません</translation>
    </message>
    <message>
        <source>BatchNorm needs features (D,) or images (C, H, W), got {0}</source>
        <translation>BatchNorm には特徴 (D,) か画像 (C, H, W) が必要ですが、{0} が来ました</translation>
    </message>
    <message>
        <source>Softmax needs a flat input, got {0}; add Flatten or Dense before it</source>
        <translation>Softmax には平坦な入力が必要ですが、{0} が来ました。前に Flatten か Dense を加えてください</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a network document must be a JSON object</source>
        <translation>ネットワーク文書は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>a network file must hold a JSON object</source>
        <translation>ネットワークファイルには JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>batch_size (now {0}), or the output of layer {1} ({2}, {3} per sample)</source>
        <translation>batch_size（現在 {0}）、または層 {1}（{2}、1 サンプルあたり {3}）の出力</translation>
    </message>
    <message>
        <source>between {0} and {1}</source>
        <translation>{0} 以上 {1} 以下</translation>
    </message>
    <message>
        <source>binary_cross_entropy needs a flat output, the network gives {0}</source>
        <translation>binary_cross_entropy には平坦な出力が必要ですが、ネットワークの出力は {0} です</translation>
    </message>
    <message>
        <source>cross_entropy needs one score per class (at least 2), the network gives {0}</source>
        <translation>cross_entropy にはクラスごとのスコア（2 個以上）が必要ですが、ネットワークの出力は {0} です</translation>
    </message>
    <message>
        <source>each layer must be an object with a "type"</source>
        <translation>各層は "type" を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>input of shape {0} per sample does not match the network's input shape {1}</source>
        <translation>1 サンプルあたりの入力形状 {0} がネットワークの入力形状 {1} と合いません</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>is required, e.g. {"shape": [1, 28, 28]}</source>
        <translation>必須です。例：{"shape": [1, 28, 28]}</translation>
    </message>
    <message>
        <source>is required: the {0} type, one of {1}</source>
        <translation>必須です：{0} の種類（{1} のいずれか）</translation>
    </message>
    <message>
        <source>is {0!r}, expected "{1}" — is this a NetBuilder network file?</source>
        <translation>{0!r} ですが、"{1}" のはずです — NetBuilder のネットワークファイルですか？</translation>
    </message>
    <message>
        <source>item {0} on the clipboard is not a layer object with a "type"</source>
        <translation>クリップボードの項目 {0} は "type" を持つ層オブジェクトではありません</translation>
    </message>
    <message>
        <source>labels must lie in 0..{0}, got {1}..{2}</source>
        <translation>ラベルは 0..{0} の範囲でなければなりませんが、{1}..{2} でした</translation>
    </message>
    <message>
        <source>layer {0} ({1}) {2}</source>
        <translation>層 {0}（{1}）{2}</translation>
    </message>
    <message>
        <source>missing </source>
        <translation>不足 </translation>
    </message>
    <message>
        <source>must be [features] or [channels, height, width] of positive whole numbers, not {0!r}</source>
        <translation>正の整数の [特徴数] か [チャネル, 高さ, 幅] でなければなりません（{0!r} は不可）</translation>
    </message>
    <message>
        <source>must be a data source string such as "builtin:shapes"</source>
        <translation>"builtin:shapes" のようなデータソースの文字列でなければなりません</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>有限の数でなければなりません</translation>
    </message>
    <message>
        <source>must be a list drawn from {0}</source>
        <translation>{0} から選んだリストでなければなりません</translation>
    </message>
    <message>
        <source>must be a non-empty list of layers</source>
        <translation>空でない層のリストでなければなりません</translation>
    </message>
    <message>
        <source>must be a number{0}, not {1}</source>
        <translation>数値{0}でなければなりません（{1} は不可）</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1, not {0!r}</source>
        <translation>1 以上の整数でなければなりません（{0!r} は不可）</translation>
    </message>
    <message>
        <source>must be a whole number, not {0}</source>
        <translation>整数でなければなりません（{0} は不可）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be an object with a "type"</source>
        <translation>"type" を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be text, not {0}</source>
        <translation>テキストでなければなりません（{0} は不可）</translation>
    </message>
    <message>
        <source>must be the name of an augmentation ({0}), not {1}</source>
        <translation>データ拡張の名前（{0}）でなければなりません（{1} は不可）</translation>
    </message>
    <message>
        <source>must be the name of {0} (text), not {1}</source>
        <translation>{0} の名前（テキスト）でなければなりません（{1} は不可）</translation>
    </message>
    <message>
        <source>must be true or false, not {0}</source>
        <translation>true か false でなければなりません（{0} は不可）</translation>
    </message>
    <message>
        <source>must be {0}, not {1}</source>
        <translation>{0}でなければなりません（{1} は不可）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にできません</translation>
    </message>
    <message>
        <source>no data source: choose one in the network settings, e.g. builtin:shapes</source>
        <translation>データソースがありません：ネットワークの設定で選んでください。例：builtin:shapes</translation>
    </message>
    <message>
        <source>not a network setting: {0!r}</source>
        <translation>ネットワークの設定ではありません：{0!r}</translation>
    </message>
    <message>
        <source>reduce {0}; or reduce {1}</source>
        <translation>{0}を小さくするか、{1}を小さくしてください</translation>
    </message>
    <message>
        <source>targets of shape {0} do not match outputs of shape {1}</source>
        <translation>形状 {0} の目標値が形状 {1} の出力と合いません</translation>
    </message>
    <message>
        <source>the clipboard does not hold JSON layers</source>
        <translation>クリップボードに JSON の層がありません</translation>
    </message>
    <message>
        <source>the clipboard holds JSON, but no layers</source>
        <translation>クリップボードに JSON はありますが、層がありません</translation>
    </message>
    <message>
        <source>the size of layer {0} ({1}, {2:,} parameters)</source>
        <translation>層 {0}（{1}、パラメータ {2:,} 個）の大きさ</translation>
    </message>
    <message>
        <source>the weights do not fit this network: </source>
        <translation>重みがこのネットワークに合いません：</translation>
    </message>
    <message>
        <source>this file is format version {0}, written by a newer NetBuilder; this is NetBuilder {1}, which reads versions up to {2}</source>
        <translation>このファイルは形式バージョン {0} で、より新しい NetBuilder で書かれています。この NetBuilder {1} が読めるのはバージョン {2} までです</translation>
    </message>
    <message>
        <source>training needs about {0}: weights {1}, gradients {2}, optimizer state ({3}) and weight backup {4}, activations for one batch of {5} {6}</source>
        <translation>学習には約 {0} が必要です：重み {1}、勾配 {2}、最適化手法の状態（{3}）と重みの控え {4}、{5} 件のバッチ一つ分の活性化 {6}</translation>
    </message>
    <message>
        <source>unexpected </source>
        <translation>余分 </translation>
    </message>
    <message>
        <source>unknown augmentation "{0}"{1}; choose from {2}</source>
        <translation>不明なデータ拡張 "{0}"{1}。次から選んでください：{2}</translation>
    </message>
    <message>
        <source>unknown data source "{0}:"; use one of {1}</source>
        <translation>不明なデータソース "{0}:"。次のいずれかを使ってください：{1}</translation>
    </message>
    <message>
        <source>unknown setting{0}</source>
        <translation>不明な設定です{0}</translation>
    </message>
    <message>
        <source>unknown setting{0}; allowed: {1}</source>
        <translation>不明な設定です{0}。使える設定：{1}</translation>
    </message>
    <message>
        <source>unknown {0} type "{1}"{2}; choose one of {3}</source>
        <translation>不明な {0} の種類 "{1}"{2}。次から選んでください：{3}</translation>
    </message>
    <message>
        <source>{0} (layer {1})</source>
        <translation>{0}（層 {1}）</translation>
    </message>
    <message>
        <source>{0} has shape {1} in the file but {2} in this network</source>
        <translation>{0} はファイルでは形状 {1} ですが、このネットワークでは {2} です</translation>
    </message>
    <message>
        <source>{0} is not one of {1}{2}</source>
        <translation>{0} は {1} のいずれでもありません{2}</translation>
    </message>
    <message>
        <source>{0} needs image input (channels, height, width), got {1}; put it before any Flatten or Dense</source>
        <translation>{0} には画像の入力（チャネル, 高さ, 幅）が必要ですが、{1} が来ました。Flatten や Dense より前に置いてください</translation>
    </message>
    <message>
        <source>{0}: too big to train here: {1}, but only {2} is available. To fit, {3}.</source>
        <translation>{0}：ここで学習するには大きすぎます：{1}。使えるのは {2} だけです。収めるには、{3}。</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0}×{1} kernel does not fit a {2}×{3} input (with padding {4})</source>
        <translation>{0}×{1} のカーネルが {2}×{3} の入力に収まりません（パディング {4}）</translation>
    </message>
    <message>
        <source>{0}×{1} pool does not fit a {2}×{3} map</source>
        <translation>{0}×{1} のプーリングが {2}×{3} のマップに収まりません</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>ONNX export and import need the onnx package, which is not installed; install it with: pip install 'netbuilder[export]'  (or: pip install onnx)</source>
        <translation>ONNX のエクスポートとインポートには onnx パッケージが必要ですが、インストールされていません。次でインストールしてください：pip install 'netbuilder[export]'（または pip install onnx）</translation>
    </message>
    <message>
        <source>an ONNX model</source>
        <translation>ONNX モデル</translation>
    </message>
    <message>
        <source>input {0} must be (N, features) or (N, C, H, W) with fixed sizes, not {1}</source>
        <translation>入力 {0} は大きさが固定の (N, features) か (N, C, H, W) でなければなりません（{1} は不可）</translation>
    </message>
    <message>
        <source>layer {0} ({1}) has no ONNX mapping yet</source>
        <translation>層 {0}（{1}）にはまだ ONNX への対応がありません</translation>
    </message>
    <message>
        <source>layer {0} ({1}) has no PyTorch mapping yet</source>
        <translation>層 {0}（{1}）にはまだ PyTorch への対応がありません</translation>
    </message>
    <message>
        <source>the graph has {0} inputs; NetBuilder reads models with exactly one</source>
        <translation>グラフの入力は {0} 個です。NetBuilder が読めるのは入力がちょうど一つのモデルです</translation>
    </message>
    <message>
        <source>the graph's outputs {0} are not the end of its chain ({1})</source>
        <translation>グラフの出力 {0} が鎖の終わり（{1}）ではありません</translation>
    </message>
    <message>
        <source>{0} is a network file without weights; give --weights W.npz (or use the model.nbmodel that `netbuilder train --out DIR` writes)</source>
        <translation>{0} は重みのないネットワークファイルです。--weights W.npz を指定してください（または `netbuilder train --out DIR` が書き出す model.nbmodel を使ってください）</translation>
    </message>
    <message>
        <source>{0} node "{1}"</source>
        <translation>{0} ノード "{1}"</translation>
    </message>
    <message>
        <source>{0} row {1}</source>
        <translation>{0} の {1} 行目</translation>
    </message>
    <message>
        <source>{0}: LRN with an even size ({1}) centres its window differently from NetBuilder's LocalResponseNorm</source>
        <translation>{0}: 偶数の大きさ（{1}）の LRN は、NetBuilder の LocalResponseNorm と窓の中心の取り方が違います</translation>
    </message>
    <message>
        <source>{0}: a layer does not fit: {1}</source>
        <translation>{0}: 合わない層があります：{1}</translation>
    </message>
    <message>
        <source>{0}: a table, but the model takes images of shape {1}; give image files</source>
        <translation>{0}: 表ですが、モデルは形状 {1} の画像を受け取ります。画像ファイルを指定してください</translation>
    </message>
    <message>
        <source>{0}: an image, but the model takes {1} numbers per sample, not an image</source>
        <translation>{0}: 画像ですが、モデルは 1 サンプルあたり {1} 個の数値を受け取り、画像は受け取りません</translation>
    </message>
    <message>
        <source>{0}: array of shape {1} fits neither one sample {2} nor a batch (N, {3}) of this model</source>
        <translation>{0}: 形状 {1} の配列は、このモデルの 1 サンプル {2} にもバッチ (N, {3}) にも合いません</translation>
    </message>
    <message>
        <source>{0}: auto_pad {1} is not supported (SAME_LOWER pads the other way round)</source>
        <translation>{0}: auto_pad {1} には対応していません（SAME_LOWER は逆側にパディングします）</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1}: {2})</source>
        <translation>{0}: 読めません（{1}: {2}）</translation>
    </message>
    <message>
        <source>{0}: empty CSV file</source>
        <translation>{0}: 空の CSV ファイルです</translation>
    </message>
    <message>
        <source>{0}: gives {1} channels but the model takes {2}</source>
        <translation>{0}: チャネルは {1} ですが、モデルは {2} を受け取ります</translation>
    </message>
    <message>
        <source>{0}: grouped or dilated convolution is not supported</source>
        <translation>{0}: グループ畳み込みや膨張畳み込みには対応していません</translation>
    </message>
    <message>
        <source>{0}: has empty cells and the model records no way to fill them</source>
        <translation>{0}: 空のセルがありますが、モデルには埋め方が記録されていません</translation>
    </message>
    <message>
        <source>{0}: input {1} must be a constant (an initializer)</source>
        <translation>{0}: 入力 {1} は定数（initializer）でなければなりません</translation>
    </message>
    <message>
        <source>{0}: is {1}, too big to read with the {2} of memory available</source>
        <translation>{0}: {1} あり、使えるメモリ {2} では読めません</translation>
    </message>
    <message>
        <source>{0}: lacks the column{1} {2} the model was trained on (its columns: {3})</source>
        <translation>{0}: モデルの学習に使った列 {2} がありません（列：{3}）</translation>
    </message>
    <message>
        <source>{0}: metadata {1}: {2}</source>
        <translation>{0}: メタデータ {1}：{2}</translation>
    </message>
    <message>
        <source>{0}: needs a flat input; put a Flatten before it</source>
        <translation>{0}: 平坦な入力が必要です。前に Flatten を置いてください</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: ファイルがありません</translation>
    </message>
    <message>
        <source>{0}: not a model NetBuilder can read ({1}: {2})</source>
        <translation>{0}: NetBuilder が読めるモデルではありません（{1}: {2}）</translation>
    </message>
    <message>
        <source>{0}: not a readable .npy array ({1})</source>
        <translation>{0}: 読める .npy 配列ではありません（{1}）</translation>
    </message>
    <message>
        <source>{0}: not a readable ONNX model ({1}: {2})</source>
        <translation>{0}: 読める ONNX モデルではありません（{1}: {2}）</translation>
    </message>
    <message>
        <source>{0}: not a readable image ({1}: {2})</source>
        <translation>{0}: 読める画像ではありません（{1}: {2}）</translation>
    </message>
    <message>
        <source>{0}: only Flatten with axis=1 is supported</source>
        <translation>{0}: 対応しているのは axis=1 の Flatten だけです</translation>
    </message>
    <message>
        <source>{0}: only Gemm with transA=0, alpha=1 and beta=1 is supported</source>
        <translation>{0}: 対応しているのは transA=0、alpha=1、beta=1 の Gemm だけです</translation>
    </message>
    <message>
        <source>{0}: only a reshape to (batch, features) is supported, not {1}</source>
        <translation>{0}: 対応しているのは (batch, features) への変形だけです（{1} は不可）</translation>
    </message>
    <message>
        <source>{0}: only a softmax over the features of a flat input is supported</source>
        <translation>{0}: 対応しているのは平坦な入力の特徴に対する softmax だけです</translation>
    </message>
    <message>
        <source>{0}: operator {1} is not supported; NetBuilder reads chains of {2}</source>
        <translation>{0}: 演算子 {1} には対応していません。NetBuilder が読めるのは {2} の鎖です</translation>
    </message>
    <message>
        <source>{0}: padded, ceil-mode or dilated pooling is not supported</source>
        <translation>{0}: パディング付き・ceil モード・膨張付きのプーリングには対応していません</translation>
    </message>
    <message>
        <source>{0}: pads {1} are neither equal on all sides nor TensorFlow-style 'same'</source>
        <translation>{0}: pads {1} は全辺で等しくもなく、TensorFlow 式の 'same' でもありません</translation>
    </message>
    <message>
        <source>{0}: resized from {1}x{2} to {3}x{4} pixels</source>
        <translation>{0}: {1}x{2} から {3}x{4} 画素に大きさを変えました</translation>
    </message>
    <message>
        <source>{0}: row {1} has no value for {2}, and the model was trained with missing={3}, which fills nothing</source>
        <translation>{0}: {1} 行目に {2} の値がなく、モデルは何も埋めない missing={3} で学習されています</translation>
    </message>
    <message>
        <source>{0}: row {1}, column {2} holds {3!r}, not a number</source>
        <translation>{0}: {1} 行目 {2} 列が {3!r} で、数値ではありません</translation>
    </message>
    <message>
        <source>{0}: rows have {1} values but the model takes {2}</source>
        <translation>{0}: 行の値は {1} 個ですが、モデルは {2} 個を受け取ります</translation>
    </message>
    <message>
        <source>{0}: tensor {1!r} keeps its data in another file; NetBuilder reads only self-contained ONNX models</source>
        <translation>{0}: テンソル {1!r} のデータが別のファイルにあります。NetBuilder が読めるのは単体で完結した ONNX モデルだけです</translation>
    </message>
    <message>
        <source>{0}: the graph has no operators</source>
        <translation>{0}: グラフに演算子がありません</translation>
    </message>
    <message>
        <source>{0}: the graph is not a plain chain (this node does not take the previous node's output {1} as its first input)</source>
        <translation>{0}: グラフが単純な鎖ではありません（このノードは前のノードの出力 {1} を最初の入力にしていません）</translation>
    </message>
    <message>
        <source>{0}: training-mode BatchNormalization is not supported</source>
        <translation>{0}: 学習モードの BatchNormalization には対応していません</translation>
    </message>
    <message>
        <source>{0}: unknown kind of input; give image files ({1}), .csv rows or .npy arrays</source>
        <translation>{0}: 不明な種類の入力です。画像ファイル（{1}）、.csv の行、.npy 配列のいずれかを指定してください</translation>
    </message>
    <message>
        <source>{0}: {1} has shape {2}, expected {3}</source>
        <translation>{0}: {1} の形状は {2} ですが、{3} のはずです</translation>
    </message>
    <message>
        <source>{0}: {1} image converted to {2}, as the model was trained on</source>
        <translation>{0}: {1}の画像を、モデルの学習に合わせて {2} に変換しました</translation>
    </message>
    <message>
        <source>{0}: {1} {2} is not square; NetBuilder layers use one size for both sides</source>
        <translation>{0}: {1} {2} が正方形ではありません。NetBuilder の層は縦横に同じ大きさを使います</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;ONNX…</source>
        <translation>&amp;ONNX…</translation>
    </message>
    <message>
        <source>&amp;PyTorch Project…</source>
        <translation>&amp;PyTorch プロジェクト…</translation>
    </message>
    <message>
        <source>A folder with model.py, train.py (runs under torchrun), data.py and a parity check</source>
        <translation>model.py、train.py（torchrun で実行）、data.py と一致確認スクリプトを含むフォルダ</translation>
    </message>
    <message>
        <source>An ONNX file (opset 17) with the class names and preprocessing in its metadata</source>
        <translation>クラス名と前処理をメタデータに含む ONNX ファイル（opset 17）</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>モデルを開けません</translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation>ONNX をエクスポート</translation>
    </message>
    <message>
        <source>Export a PyTorch project into</source>
        <translation>PyTorch プロジェクトのエクスポート先</translation>
    </message>
    <message>
        <source>Export an untrained network?</source>
        <translation>未学習のネットワークをエクスポートしますか？</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Nothing has been trained yet, so the export will hold the network's initial weights.</source>
        <translation>まだ何も学習していないため、エクスポートにはネットワークの初期の重みが入ります。</translation>
    </message>
    <message>
        <source>Nothing trained</source>
        <translation>未学習</translation>
    </message>
    <message>
        <source>Nothing usable was written.</source>
        <translation>使えるものは何も書き出されませんでした。</translation>
    </message>
    <message>
        <source>ONNX model written to {0}</source>
        <translation>ONNX モデルを {0} に書き出しました</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX モデル (*.onnx)</translation>
    </message>
    <message>
        <source>Opened {0}: its network is in the builder (untitled), its weights in the Try it tab</source>
        <translation>{0} を開きました：ネットワークはビルダーに（無題）、重みは「試す」タブにあります</translation>
    </message>
    <message>
        <source>PyTorch project written to {0} (see its README.md)</source>
        <translation>PyTorch プロジェクトを {0} に書き出しました（README.md を参照）</translation>
    </message>
    <message>
        <source>Save &amp;Trained Model…</source>
        <translation>学習済みモデルを保存(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the trained network with its weights, class names and preprocessing as one .nbmodel file (for netbuilder predict, eval and export)</source>
        <translation>学習済みネットワークを重み・クラス名・前処理ごと一つの .nbmodel ファイルに保存します（netbuilder predict、eval、export 用）</translation>
    </message>
    <message>
        <source>Save trained model</source>
        <translation>学習済みモデルを保存</translation>
    </message>
    <message>
        <source>Stop training first (Run ▸ Stop): while it runs, the network belongs to the training thread.</source>
        <translation>先に学習を停止してください（実行 ▸ 停止）：学習中、ネットワークは学習スレッドが使っています。</translation>
    </message>
    <message>
        <source>The network has problems; fix them first.</source>
        <translation>ネットワークに問題があります。先に修正してください。</translation>
    </message>
    <message>
        <source>Train the network first (or stop the running training).</source>
        <translation>先にネットワークを学習してください（または実行中の学習を停止してください）。</translation>
    </message>
    <message>
        <source>Trained model saved to {0}</source>
        <translation>学習済みモデルを {0} に保存しました</translation>
    </message>
    <message>
        <source>Trained models (*.nbmodel)</source>
        <translation>学習済みモデル (*.nbmodel)</translation>
    </message>
    <message>
        <source>Trained models (*.nbmodel);;ONNX models (*.onnx)</source>
        <translation>学習済みモデル (*.nbmodel);;ONNX モデル (*.onnx)</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>学習中です</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>試す</translation>
    </message>
    <message>
        <source>“{0}” was not opened.</source>
        <translation>「{0}」は開かれませんでした。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot open network</source>
        <translation>ネットワークを開けません</translation>
    </message>
    <message>
        <source>Cannot save network</source>
        <translation>ネットワークを保存できません</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>このテンプレートは使えません</translation>
    </message>
    <message>
        <source>Save a network with problems?</source>
        <translation>問題のあるネットワークを保存しますか？</translation>
    </message>
    <message>
        <source>The template is not a usable network.</source>
        <translation>このテンプレートは使えるネットワークではありません。</translation>
    </message>
    <message numerus="yes">
        <source>This network has %n problem(s), so it cannot be trained, and NetBuilder will refuse to open the file until they are fixed.</source>
        <translation>
            <numerusform>このネットワークには %n 件の問題があるため学習できません。修正するまで NetBuilder はこのファイルを開けません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled network</source>
        <translation>無題のネットワーク</translation>
    </message>
    <message>
        <source>“{0}” was not opened; the current network is unchanged.</source>
        <translation>「{0}」は開かれませんでした。現在のネットワークは変わりません。</translation>
    </message>
    <message>
        <source>“{0}” was not saved.</source>
        <translation>「{0}」は保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source># Guide

The guide could not be read ({0}).</source>
        <translation># ガイド

ガイドを読めませんでした（{0}）。</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, as this platform binds them</source>
        <translation>このプラットフォームでのすべてのキーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>NetBuilder Guide</source>
        <translation>NetBuilder ガイド</translation>
    </message>
    <message>
        <source>The window's parts, the workflow, and what each live chart shows</source>
        <translation>ウィンドウの各部、作業の流れ、各ライブグラフの意味</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>動作</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>An unknown number of</source>
        <translation>不明な数の</translation>
    </message>
    <message>
        <source>{0}

{1} parameters together.

Delete, duplicate (Ctrl+D), copy or drag them as one; select a single layer to edit its settings.</source>
        <translation>{0}

合計 {1} 個のパラメータ。

まとめて削除・複製 (Ctrl+D)・コピー・ドラッグできます。設定を編集するには層を一つだけ選択してください。</translation>
    </message>
    <message>
        <source>{0} layers selected</source>
        <translation>{0} 個の層を選択中</translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled network</source>
        <translation>無題のネットワーク</translation>
    </message>
    <message>
        <source>a NetBuilder model file</source>
        <translation>NetBuilder のモデルファイル</translation>
    </message>
    <message>
        <source>a weights file</source>
        <translation>重みファイル</translation>
    </message>
    <message>
        <source>cannot be read as JSON ({0})</source>
        <translation>JSON として読めません（{0}）</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>読めません：{0}</translation>
    </message>
    <message>
        <source>cannot write in {0} ({1})</source>
        <translation>{0} に書き込めません（{1}）</translation>
    </message>
    <message>
        <source>contains a character that is not valid text (a lone UTF-16 surrogate such as \ud800)</source>
        <translation>テキストとして無効な文字を含んでいます（\ud800 のような単独の UTF-16 サロゲート）</translation>
    </message>
    <message>
        <source>declares an impossible shape {0!r}</source>
        <translation>ありえない形状 {0!r} を宣言しています</translation>
    </message>
    <message>
        <source>declares {0:,} values of {1} ({2:,} bytes) but stores {3:,} bytes; the file is damaged or not a weights file</source>
        <translation>{1} の値を {0:,} 個（{2:,} バイト）と宣言していますが、{3:,} バイトしか入っていません。ファイルが壊れているか、重みファイルではありません</translation>
    </message>
    <message>
        <source>has a key that is not valid text ({0!s})</source>
        <translation>テキストとして無効なキーがあります（{0!s}）</translation>
    </message>
    <message>
        <source>holds Python objects or records ({0}), not numbers</source>
        <translation>数値ではなく Python のオブジェクトかレコード（{0}）が入っています</translation>
    </message>
    <message>
        <source>holds {0} values ({1}), not numbers</source>
        <translation>数値ではなく {0} の値（{1}）が入っています</translation>
    </message>
    <message>
        <source>is a folder, not a network file</source>
        <translation>フォルダです。ネットワークファイルではありません</translation>
    </message>
    <message>
        <source>is a whole number {0:,} digits long; no setting takes more than {1} digits</source>
        <translation>{0:,} 桁の整数です。{1} 桁を超える設定はありません</translation>
    </message>
    <message>
        <source>is larger than {0} MB; a network file is a few KB of JSON</source>
        <translation>{0} MB を超えています。ネットワークファイルは数 KB の JSON です</translation>
    </message>
    <message>
        <source>is nested more than {0} levels deep; a network file needs about 4</source>
        <translation>{0} 段を超えて入れ子になっています。ネットワークファイルに必要なのは 4 段ほどです</translation>
    </message>
    <message>
        <source>is not a regular file (a device or pipe?), not a network file</source>
        <translation>通常のファイルではありません（デバイスかパイプ？）。ネットワークファイルではありません</translation>
    </message>
    <message>
        <source>is not a text file (byte {0} is a NUL: binary data)</source>
        <translation>テキストファイルではありません（バイト {0} が NUL：バイナリデータ）</translation>
    </message>
    <message>
        <source>is not a text file (byte {0} is not UTF-8)</source>
        <translation>テキストファイルではありません（バイト {0} が UTF-8 ではない）</translation>
    </message>
    <message>
        <source>it stops inside an epoch but has no shuffling order</source>
        <translation>エポックの途中で止まっていますが、シャッフルの順序がありません</translation>
    </message>
    <message>
        <source>its batch {0} is outside 0..{1}</source>
        <translation>バッチ {0} が 0..{1} の範囲外です</translation>
    </message>
    <message>
        <source>its best epoch {0!r} is not an epoch of this run</source>
        <translation>最良のエポック {0!r} はこの実行のエポックではありません</translation>
    </message>
    <message>
        <source>its epoch history is damaged</source>
        <translation>エポックの履歴が壊れています</translation>
    </message>
    <message>
        <source>its epoch {0} is outside 0..{1}</source>
        <translation>エポック {0} が 0..{1} の範囲外です</translation>
    </message>
    <message>
        <source>its optimizer holds {0!r}, which a {1} optimizer for this network does not have</source>
        <translation>最適化手法の状態に {0!r} がありますが、このネットワーク用の {1} にはありません</translation>
    </message>
    <message>
        <source>its optimizer slot {0!r} has the wrong shape or non-finite values</source>
        <translation>最適化手法の状態 {0!r} の形状が違うか、有限でない値を含んでいます</translation>
    </message>
    <message>
        <source>its optimizer slots for {0!r} are incomplete</source>
        <translation>{0!r} の最適化手法の状態が不完全です</translation>
    </message>
    <message>
        <source>its optimizer step count is missing or damaged</source>
        <translation>最適化手法のステップ数がないか壊れています</translation>
    </message>
    <message>
        <source>its per-layer random-stream states are damaged or for another network</source>
        <translation>層ごとの乱数の状態が壊れているか、別のネットワーク用です</translation>
    </message>
    <message>
        <source>its random-stream state is damaged</source>
        <translation>乱数の状態が壊れています</translation>
    </message>
    <message>
        <source>its running totals are damaged</source>
        <translation>途中の集計値が壊れています</translation>
    </message>
    <message>
        <source>its shuffling order is not a permutation of the {0} training samples</source>
        <translation>シャッフルの順序が {0} 件の学習サンプルの並べ替えになっていません</translation>
    </message>
    <message>
        <source>its training settings differ from the ones rebuilt from its run description</source>
        <translation>学習の設定が、実行の記述から組み直した設定と違います</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>1 分以内</translation>
    </message>
    <message>
        <source>line {0}, column {1}: not valid JSON ({2})</source>
        <translation>{0} 行 {1} 列：有効な JSON ではありません（{2}）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>run description</source>
        <translation>実行の記述</translation>
    </message>
    <message>
        <source>should be a short text block, not {0} values of shape {1}</source>
        <translation>短いテキストのはずですが、形状 {1} の {0} の値です</translation>
    </message>
    <message>
        <source>trainer position</source>
        <translation>学習の位置</translation>
    </message>
    <message>
        <source>unsupported .npy format version {0}</source>
        <translation>対応していない .npy 形式のバージョン {0}</translation>
    </message>
    <message>
        <source>{0} hours ago</source>
        <translation>{0} 時間前</translation>
    </message>
    <message>
        <source>{0} is a file, but a folder is needed here</source>
        <translation>{0} はファイルですが、ここにはフォルダが必要です</translation>
    </message>
    <message>
        <source>{0} is a file, so {1} cannot be created inside it</source>
        <translation>{0} はファイルなので、その中に {1} を作れません</translation>
    </message>
    <message>
        <source>{0} is a folder, but a file name is needed here</source>
        <translation>{0} はフォルダですが、ここにはファイル名が必要です</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: 読めません（{1}）</translation>
    </message>
    <message>
        <source>{0}: declares {1} of arrays, more than the {2} of memory available; it is not a weights file this machine can open</source>
        <translation>{0}: 配列 {1} を宣言していますが、使えるメモリ {2} を超えています。このコンピュータで開ける重みファイルではありません</translation>
    </message>
    <message>
        <source>{0}: entry {1!r} is not a numpy array; this is a zip file, but not a weights file</source>
        <translation>{0}: 項目 {1!r} は numpy 配列ではありません。zip ファイルですが、重みファイルではありません</translation>
    </message>
    <message>
        <source>{0}: entry {1!r} {2}</source>
        <translation>{0}: 項目 {1!r} {2}</translation>
    </message>
    <message>
        <source>{0}: holds {1:,} entries, far more than any weights file</source>
        <translation>{0}: 項目が {1:,} 個あり、どの重みファイルよりはるかに多すぎます</translation>
    </message>
    <message>
        <source>{0}: holds {1:,} entries; a NetBuilder model holds {2}</source>
        <translation>{0}: 項目が {1:,} 個あります。NetBuilder のモデルに入っているのは {2} です</translation>
    </message>
    <message>
        <source>{0}: is a folder, not {1}</source>
        <translation>{0}: フォルダです。{1}ではありません</translation>
    </message>
    <message>
        <source>{0}: is a single .npy array, not a NetBuilder weights file (.npz, written by Save weights or `netbuilder train --out`)</source>
        <translation>{0}: 単一の .npy 配列で、NetBuilder の重みファイル（「重みを保存」か `netbuilder train --out` で作る .npz）ではありません</translation>
    </message>
    <message>
        <source>{0}: is a single .npy array, not a weights archive (.npz)</source>
        <translation>{0}: 単一の .npy 配列で、重みのアーカイブ（.npz）ではありません</translation>
    </message>
    <message>
        <source>{0}: is not a regular file (a device or pipe?), not {1}</source>
        <translation>{0}: 通常のファイルではなく（デバイスかパイプ？）、{1}ではありません</translation>
    </message>
    <message>
        <source>{0}: its arrays do not fit in memory</source>
        <translation>{0}: 配列がメモリに収まりません</translation>
    </message>
    <message>
        <source>{0}: its contents do not fit in memory</source>
        <translation>{0}: 内容がメモリに収まりません</translation>
    </message>
    <message>
        <source>{0}: its description block is damaged ('layers' is not a list of layer names)</source>
        <translation>{0}: 記述ブロックが壊れています（'layers' が層の名前のリストではありません）</translation>
    </message>
    <message>
        <source>{0}: its run description block is damaged (no data source or settings)</source>
        <translation>{0}: 実行の記述ブロックが壊れています（データソースか設定がありません）</translation>
    </message>
    <message>
        <source>{0}: its trainer position is damaged ({1!r} is {2})</source>
        <translation>{0}: 学習の位置が壊れています（{1!r} が {2}）</translation>
    </message>
    <message>
        <source>{0}: its {1} block is damaged (not a JSON object)</source>
        <translation>{0}: {1}ブロックが壊れています（JSON オブジェクトではありません）</translation>
    </message>
    <message>
        <source>{0}: its {1} block is damaged (not valid JSON)</source>
        <translation>{0}: {1}ブロックが壊れています（有効な JSON ではありません）</translation>
    </message>
    <message>
        <source>{0}: nbmodel.json: class_names is not a list of names</source>
        <translation>{0}: nbmodel.json: class_names が名前のリストではありません</translation>
    </message>
    <message>
        <source>{0}: nbmodel.json: format is {1!r}, expected {2!r}</source>
        <translation>{0}: nbmodel.json: format が {1!r} ですが、{2!r} のはずです</translation>
    </message>
    <message>
        <source>{0}: nbmodel.json: model format version {1!r}; this NetBuilder reads versions 1 to {2}</source>
        <translation>{0}: nbmodel.json: モデル形式のバージョン {1!r}。この NetBuilder が読めるのはバージョン 1 から {2} です</translation>
    </message>
    <message>
        <source>{0}: nbmodel.json: preprocessing: {1}</source>
        <translation>{0}: nbmodel.json: 前処理：{1}</translation>
    </message>
    <message>
        <source>{0}: nbmodel.json: {1} is {2}, not an object</source>
        <translation>{0}: nbmodel.json: {1} が {2} で、オブジェクトではありません</translation>
    </message>
    <message>
        <source>{0}: network.json: </source>
        <translation>{0}: network.json: </translation>
    </message>
    <message>
        <source>{0}: network.json: its weights alone need {1}, more than the {2} of memory available</source>
        <translation>{0}: network.json: 重みだけで {1} 必要で、使えるメモリ {2} を超えています</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: ファイルがありません</translation>
    </message>
    <message>
        <source>{0}: not a NetBuilder checkpoint (no {1} block); a weights file cannot be resumed, only loaded</source>
        <translation>{0}: NetBuilder のチェックポイントではありません（{1}ブロックがありません）。重みファイルは再開できず、読み込めるだけです</translation>
    </message>
    <message>
        <source>{0}: not a NetBuilder model (it lacks {1})</source>
        <translation>{0}: NetBuilder のモデルではありません（{1} がありません）</translation>
    </message>
    <message>
        <source>{0}: not a NetBuilder model file (not a readable zip: {1})</source>
        <translation>{0}: NetBuilder のモデルファイルではありません（読める zip ではない：{1}）</translation>
    </message>
    <message>
        <source>{0}: not a readable NetBuilder model file ({1}: {2})</source>
        <translation>{0}: 読める NetBuilder のモデルファイルではありません（{1}: {2}）</translation>
    </message>
    <message>
        <source>{0}: not a readable weights file (not a zip archive, or a damaged one)</source>
        <translation>{0}: 読める重みファイルではありません（zip アーカイブでないか、壊れています）</translation>
    </message>
    <message>
        <source>{0}: not a readable weights file ({1}: {2})</source>
        <translation>{0}: 読める重みファイルではありません（{1}: {2}）</translation>
    </message>
    <message>
        <source>{0}: saved for layers {1}, but this network has {2}</source>
        <translation>{0}: 層 {1} 用に保存されていますが、このネットワークは {2} です</translation>
    </message>
    <message>
        <source>{0}: weights.npz</source>
        <translation>{0}: weights.npz</translation>
    </message>
    <message>
        <source>{0}: {1} declares {2}, more than {3}; the file is damaged or not a NetBuilder model</source>
        <translation>{0}: {1} が {2} を宣言しており、{3} を超えています。ファイルが壊れているか、NetBuilder のモデルではありません</translation>
    </message>
    <message>
        <source>{0}: {1} has shape {2} in the file but {3} in this network</source>
        <translation>{0}: {1} はファイルでは形状 {2} ですが、このネットワークでは {3} です</translation>
    </message>
    <message>
        <source>{0}: {1} holds values beyond float32 range (up to {2:g})</source>
        <translation>{0}: {1} に float32 の範囲を超える値があります（最大 {2:g}）</translation>
    </message>
    <message>
        <source>{0}: {1} holds {2:,} NaN or infinite value{3}; these weights come from a run that diverged and cannot be used</source>
        <translation>{0}: {1} に NaN か無限大の値が {2:,} 個あります。この重みは発散した実行のもので、使えません</translation>
    </message>
    <message>
        <source>{0}: {1} holds {2} values, not numbers</source>
        <translation>{0}: {1} には数値ではなく {2} の値が入っています</translation>
    </message>
    <message>
        <source>{0}: {1} is damaged (byte {2} is not UTF-8 text)</source>
        <translation>{0}: {1} が壊れています（バイト {2} が UTF-8 のテキストではありません）</translation>
    </message>
    <message>
        <source>{0}: {1} is damaged (not a JSON object)</source>
        <translation>{0}: {1} が壊れています（JSON オブジェクトではありません）</translation>
    </message>
</context>
<context>
    <name>LabExplainView</name>
    <message>
        <source>&lt;/table&gt;&lt;p&gt;The other {0} together: {1:.4f}&lt;/p&gt;</source>
        <translation>&lt;/table&gt;&lt;p&gt;残り {0} 個の合計：{1:.4f}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;p&gt;Σ e = {0:.4g}. Subtracting the largest logit first keeps every exponential ≤ 1 (no overflow) and changes nothing after the division. The probabilities sum to 1 and a logit lead of d becomes a ratio of e^d; the sigmoids are each on their own and sum to {1:.3f}.&lt;/p&gt;</source>
        <translation>&lt;/table&gt;&lt;p&gt;Σ e = {0:.4g}。先に最大のロジットを引くとすべての指数が ≤ 1 になり（オーバーフローしない）、割り算の後の結果は変わりません。確率の合計は 1 で、ロジットの差 d は e^d の比になります。シグモイドはそれぞれ独立で、合計は {1:.3f} です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Layer {0} Conv2D — filter {1}, pixel (row {2}, column {3})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;層 {0} Conv2D — フィルタ {1}、画素（行 {2}、列 {3}）&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Layer {0} Dense — unit {1}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;層 {0} Dense — ユニット {1}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Layer {0} Softmax&lt;/h3&gt;&lt;table cellpadding='4'&gt;&lt;tr&gt;&lt;th&gt;class&lt;/th&gt;&lt;th&gt;logit z&lt;/th&gt;&lt;th&gt;z − max&lt;/th&gt;&lt;th&gt;e^(z − max)&lt;/th&gt;&lt;th&gt;÷ Σ = probability&lt;/th&gt;&lt;th&gt;sigmoid(z) alone&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;層 {0} Softmax&lt;/h3&gt;&lt;table cellpadding='4'&gt;&lt;tr&gt;&lt;th&gt;クラス&lt;/th&gt;&lt;th&gt;ロジット z&lt;/th&gt;&lt;th&gt;z − max&lt;/th&gt;&lt;th&gt;e^(z − max)&lt;/th&gt;&lt;th&gt;÷ Σ = 確率&lt;/th&gt;&lt;th&gt;sigmoid(z) 単独&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Σ products {0:.4f} + bias {1:.4f} = {2:.4f}&lt;/b&gt; (the network computed {3:.4f})&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;積の和 {0:.4f} + バイアス {1:.4f} = {2:.4f}&lt;/b&gt;（ネットワークの計算値 {3:.4f}）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It reads a {0}×{1} patch of every one of the {2} input channels, starting at row {3}, column {4} (outside the input = zero padding).&lt;/p&gt;&lt;table cellpadding='4'&gt;&lt;tr&gt;&lt;th nowrap&gt;channel&lt;/th&gt;&lt;th&gt;input patch&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;kernel&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;products&lt;/th&gt;&lt;th&gt;sum&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;{2} 個の入力チャネルそれぞれから、行 {3}・列 {4} を起点とする {0}×{1} のパッチを読みます（入力の外側はゼロパディング）。&lt;/p&gt;&lt;table cellpadding='4'&gt;&lt;tr&gt;&lt;th nowrap&gt;チャネル&lt;/th&gt;&lt;th&gt;入力パッチ&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;カーネル&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;積&lt;/th&gt;&lt;th&gt;和&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The {0} largest of its {1} contributions (input × weight):&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th&gt;input&lt;/th&gt;&lt;th&gt;value&lt;/th&gt;&lt;th&gt;weight&lt;/th&gt;&lt;th&gt;product&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;{1} 個の寄与（入力 × 重み）のうち大きい {0} 個：&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th&gt;入力&lt;/th&gt;&lt;th&gt;値&lt;/th&gt;&lt;th&gt;重み&lt;/th&gt;&lt;th&gt;積&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Train (or stop) a network to explain its units.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ユニットを説明するには、ネットワークを学習（または停止）してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;then {0} (layer {1}): {2:.4f} → &lt;b&gt;{3:.4f}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;続いて {0}（層 {1}）：{2:.4f} → &lt;b&gt;{3:.4f}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;… and {0} more channels, together {1:.4f}&lt;/p&gt;</source>
        <translation>&lt;p&gt;…ほか {0} チャネル、合計 {1:.4f}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Explain the unit of this layer with the largest output for this sample</source>
        <translation>このサンプルでこの層の出力が最大のユニットを説明します</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Strongest unit</source>
        <translation>最も強いユニット</translation>
    </message>
    <message>
        <source>Tip: click a pixel in Feature maps to explain it here.</source>
        <translation>ヒント：特徴マップの画素をクリックすると、ここで説明します。</translation>
    </message>
    <message>
        <source>channel, row, column for image outputs; the unit number for flat ones</source>
        <translation>画像出力ならチャネル, 行, 列、平坦な出力ならユニット番号</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>ユニット</translation>
    </message>
</context>
<context>
    <name>LabGradcheckView</name>
    <message>
        <source> ({0} at kinks skipped)</source>
        <translation>（折れ点の {0} 個は除外）</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> サンプル</translation>
    </message>
    <message>
        <source>All layers' gradients match.</source>
        <translation>すべての層の勾配が一致しました。</translation>
    </message>
    <message>
        <source>Check gradients</source>
        <translation>勾配を確認</translation>
    </message>
    <message>
        <source>Checking gradients</source>
        <translation>勾配を確認中</translation>
    </message>
    <message>
        <source>Some gradients do not match: that layer's backward is wrong.</source>
        <translation>一致しない勾配があります：その層の逆伝播が誤っています。</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>nothing to check</source>
        <translation>確認対象なし</translation>
    </message>
    <message>
        <source>on</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>what was checked (relative error)</source>
        <translation>確認した項目（相対誤差）</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>最大誤差</translation>
    </message>
    <message>
        <source>x = the gradient arriving at the layer's input; W, b, γ, β = its parameters. Relative error = max|analytic − numeric| / max|gradient|, in float64; under 1e-5 is a match. Big layers are checked on 40 entries (the largest gradients and random ones); entries exactly on a ReLU kink or a max-pool tie are skipped.</source>
        <translation>x = 層の入力に届く勾配、W, b, γ, β = その層のパラメータ。相対誤差 = max|解析的 − 数値的| / max|勾配|（float64）。1e-5 未満なら一致です。大きな層は 40 要素（勾配の大きいものと無作為なもの）で確認し、ReLU の折れ点や max プーリングの同値にちょうど当たる要素は除外します。</translation>
    </message>
    <message>
        <source>✓ match</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <source>✗ MISMATCH</source>
        <translation>✗ 不一致</translation>
    </message>
</context>
<context>
    <name>LabJob</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop this computation; the network is not changed</source>
        <translation>この計算を中止します。ネットワークは変更されません</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0} に失敗しました：{1}</translation>
    </message>
    <message>
        <source>{0}: cancelled</source>
        <translation>{0}：キャンセルしました</translation>
    </message>
    <message>
        <source>{0}: done in {1:.1f} s</source>
        <translation>{0}：{1:.1f} 秒で完了</translation>
    </message>
</context>
<context>
    <name>LabLandscapeView</name>
    <message>
        <source> × grid</source>
        <translation> × グリッド</translation>
    </message>
    <message>
        <source>Compute plane</source>
        <translation>平面を計算</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>直線</translation>
    </message>
    <message>
        <source>Line: loss {0:.4f} at the initial weights, {1:.4f} at the final ones ({2:.1f} s)</source>
        <translation>直線：初期の重みで損失 {0:.4f}、最終の重みで {1:.4f}（{2:.1f} 秒）</translation>
    </message>
    <message>
        <source>Loss along (1 − α)·initial + α·final weights, α from −0.5 to 1.5</source>
        <translation>重み (1 − α)·初期 + α·最終 に沿った損失（α は −0.5 から 1.5）</translation>
    </message>
    <message>
        <source>Loss along the line</source>
        <translation>直線に沿った損失</translation>
    </message>
    <message>
        <source>Loss around the final weights (colour: log10 loss), iso-lines white, the training path orange</source>
        <translation>最終の重みの周りの損失（色：log10 損失）。等高線は白、学習の経路はオレンジ</translation>
    </message>
    <message>
        <source>Loss plane {0}×{1}</source>
        <translation>損失平面 {0}×{1}</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Plane {0}×{1}: loss {2:.4f} … {3:.4f}, {4:.4f} at the final weights (red dot), {5:.1f} s</source>
        <translation>平面 {0}×{1}：損失 {2:.4f} … {3:.4f}、最終の重み（赤い点）で {4:.4f}、{5:.1f} 秒</translation>
    </message>
    <message>
        <source>Press Compute plane</source>
        <translation>「平面を計算」を押してください</translation>
    </message>
    <message>
        <source>Press Line</source>
        <translation>「直線」を押してください</translation>
    </message>
    <message>
        <source>Random directions are scaled filter by filter to the weights (Li et al. 2018), so a step of 1 changes every filter by its own size. Random directions miss the path training took; the plane of the training path (PCA of the epoch weights) shows it.</source>
        <translation>ランダムな方向はフィルタごとに重みの大きさへ正規化します（Li et al. 2018）。そのため 1 ステップで各フィルタがそれ自身の大きさだけ変わります。ランダムな方向では学習の経路は見えませんが、学習経路の平面（各エポックの重みの PCA）なら見えます。</translation>
    </message>
    <message>
        <source>The loss on the straight line from the initial to the final weights</source>
        <translation>初期の重みから最終の重みへの直線上の損失</translation>
    </message>
    <message>
        <source>The training path needs the weights of at least two epochs</source>
        <translation>学習の経路には少なくとも 2 エポック分の重みが必要です</translation>
    </message>
    <message>
        <source>direction 1</source>
        <translation>方向 1</translation>
    </message>
    <message>
        <source>direction 2</source>
        <translation>方向 2</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>path direction 1 ({0:.0%})</source>
        <translation>経路の方向 1（{0:.0%}）</translation>
    </message>
    <message>
        <source>path direction 2 ({0:.0%})</source>
        <translation>経路の方向 2（{0:.0%}）</translation>
    </message>
    <message>
        <source>plane of the training path</source>
        <translation>学習経路の平面</translation>
    </message>
    <message>
        <source>random direction 1</source>
        <translation>ランダムな方向 1</translation>
    </message>
    <message>
        <source>random direction 2</source>
        <translation>ランダムな方向 2</translation>
    </message>
    <message>
        <source>random directions (filter-normalised)</source>
        <translation>ランダムな方向（フィルタ正規化）</translation>
    </message>
    <message>
        <source>α (0 = initial, 1 = final weights)</source>
        <translation>α（0 = 初期の重み、1 = 最終の重み）</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>, weights kept at epochs {0}–{1}</source>
        <translation>、エポック {0}–{1} の重みを保存済み</translation>
    </message>
    <message>
        <source>A copy of the paused run (step {0}); resuming leaves it as it is.</source>
        <translation>一時停止中の実行のコピー（ステップ {0}）。再開してもこのコピーは変わりません。</translation>
    </message>
    <message>
        <source>Each layer's backward pass against numerical gradients</source>
        <translation>各層の逆伝播を数値勾配と比較します</translation>
    </message>
    <message>
        <source>Explain a unit</source>
        <translation>ユニットの説明</translation>
    </message>
    <message>
        <source>Final weights from the run history (it keeps none per epoch).</source>
        <translation>実行履歴の最終的な重み（エポックごとの重みは保存されていません）。</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>勾配チェック</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>損失地形</translation>
    </message>
    <message>
        <source>Loss along a weight</source>
        <translation>重みに沿った損失</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>One unit's computation with its numbers</source>
        <translation>一つのユニットの計算を数値付きで</translation>
    </message>
    <message>
        <source>Opening run(s) {0} from the history</source>
        <translation>履歴から実行 {0} を開いています</translation>
    </message>
    <message>
        <source>Saturated and dead units per layer over training</source>
        <translation>学習中の層ごとの飽和ユニットと死んだユニット</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>飽和</translation>
    </message>
    <message>
        <source>Sweep one weight and watch the loss</source>
        <translation>重みを一つ動かして損失を観察します</translation>
    </message>
    <message>
        <source>The lab works on a copy of the trained network. Train it, then Pause or Stop (or let it finish): the views below become available.</source>
        <translation>ラボは学習済みネットワークのコピーを使います。学習させてから一時停止または停止すると（最後まで学習させても可）、下のビューが使えるようになります。</translation>
    </message>
    <message>
        <source>The loss along a line and over a plane of weight space</source>
        <translation>重み空間の直線上と平面上の損失</translation>
    </message>
    <message>
        <source>This window's run</source>
        <translation>このウィンドウの実行</translation>
    </message>
    <message>
        <source>What the lab works on: this window's run, or a run opened from the run history (Open in Lab)</source>
        <translation>ラボが扱うネットワーク：このウィンドウの実行、または実行履歴から開いた実行（ラボで開く）</translation>
    </message>
    <message>
        <source>{0}: {1} evaluation samples{2}.</source>
        <translation>{0}：評価サンプル {1} 件{2}。</translation>
    </message>
</context>
<context>
    <name>LabSaturationView</name>
    <message>
        <source>% of the layer</source>
        <translation>層の %</translation>
    </message>
    <message>
        <source>At the last stored epoch: </source>
        <translation>保存された最後のエポック：</translation>
    </message>
    <message>
        <source>Mean ± spread of the outputs</source>
        <translation>出力の平均 ± ばらつき</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>測定</translation>
    </message>
    <message>
        <source>Measuring saturation</source>
        <translation>飽和を測定中</translation>
    </message>
    <message>
        <source>Now: </source>
        <translation>現在：</translation>
    </message>
    <message>
        <source>Over the stored epochs when the run kept them, else for the weights now</source>
        <translation>実行がエポックごとの重みを保存していればその全体で、なければ現在の重みで</translation>
    </message>
    <message>
        <source>Press Measure</source>
        <translation>「測定」を押してください</translation>
    </message>
    <message>
        <source>Saturated (solid) and dead (dashed) share</source>
        <translation>飽和（実線）と死んだ（破線）ユニットの割合</translation>
    </message>
    <message>
        <source>Saturated: the activation's slope is under {0} there (a sigmoid or tanh near its bounds, a ReLU at zero), so almost no gradient passes. Dead: a unit (a channel for images) saturated for every sample: it has stopped learning.</source>
        <translation>飽和：その点で活性化関数の傾きが {0} 未満（境界付近のシグモイドや tanh、ゼロの ReLU）で、勾配がほとんど通りません。死んだユニット：すべてのサンプルで飽和しているユニット（画像ならチャネル）で、学習が止まっています。</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>活性化</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>mean (line) and standard deviation (band) of each activation layer's outputs</source>
        <translation>各活性化層の出力の平均（線）と標準偏差（帯）</translation>
    </message>
    <message>
        <source>solid: outputs where the activation's slope is &lt; {0}; dashed: units with such a slope for every sample of the batch</source>
        <translation>実線：活性化関数の傾きが &lt; {0} の出力。破線：バッチのすべてのサンプルでそうなるユニット</translation>
    </message>
    <message>
        <source>{0} {1} {2:.0%} saturated, {3:.0%} dead</source>
        <translation>{0} {1}：飽和 {2:.0%}、死んだユニット {3:.0%}</translation>
    </message>
</context>
<context>
    <name>LabSource</name>
    <message>
        <source>Run #{0} cannot be opened in the lab: {1}</source>
        <translation>実行 #{0} はラボで開けません：{1}</translation>
    </message>
    <message>
        <source>Run #{0} is still training: its weights are recorded when it ends.</source>
        <translation>実行 #{0} はまだ学習中です。重みは終了時に記録されます。</translation>
    </message>
    <message>
        <source>Run #{0} recorded no weights ({1}).</source>
        <translation>実行 #{0} には重みが記録されていません（{1}）。</translation>
    </message>
</context>
<context>
    <name>LabSweepView</name>
    <message>
        <source>A layer with weights (numbered as on the cards)</source>
        <translation>重みを持つ層（番号はカードと同じ）</translation>
    </message>
    <message>
        <source>Choose a weight and press Sweep</source>
        <translation>重みを選んで「スイープ」を押してください</translation>
    </message>
    <message>
        <source>Clear kept</source>
        <translation>保持を消去</translation>
    </message>
    <message>
        <source>Half-width of the sweep; auto = max(1, 2 × |value|)</source>
        <translation>スイープの半幅。auto = max(1, 2 × |値|)</translation>
    </message>
    <message>
        <source>In a deep sigmoid network a first-layer weight's curve is nearly flat: the gradient reaching it was multiplied by a sigmoid slope ≤ 0.25 at every layer. The dashed line is the tangent the optimizer follows.</source>
        <translation>深いシグモイドのネットワークでは、第 1 層の重みの曲線はほぼ平坦です：そこに届く勾配は各層でシグモイドの傾き（≤ 0.25）を掛けられています。破線は最適化手法がたどる接線です。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Pin this curve, then sweep another network (e.g. the ReLU twin) onto the same chart</source>
        <translation>この曲線を固定し、別のネットワーク（例えば ReLU 版）を同じグラフにスイープします</translation>
    </message>
    <message>
        <source>Position in the layer's weight array, counted row by row</source>
        <translation>層の重み配列での位置（行ごとに数えます）</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>スイープ</translation>
    </message>
    <message>
        <source>Sweep the weight whose gradient on the evaluation batch is largest</source>
        <translation>評価バッチでの勾配が最も大きい重みをスイープします</translation>
    </message>
    <message>
        <source>Sweeping one weight</source>
        <translation>重みを一つスイープ中</translation>
    </message>
    <message>
        <source>The loss as one weight changes, everything else fixed</source>
        <translation>他をすべて固定し、重みを一つ変えたときの損失</translation>
    </message>
    <message>
        <source>gradient's tangent</source>
        <translation>勾配の接線</translation>
    </message>
    <message>
        <source>largest gradient now</source>
        <translation>現在の最大勾配</translation>
    </message>
    <message>
        <source>loss on the evaluation batch</source>
        <translation>評価バッチでの損失</translation>
    </message>
    <message>
        <source>weight #</source>
        <translation>重み番号</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>重みの値</translation>
    </message>
    <message>
        <source>{0}: value {1:.4g}, loss {2:.4f}, gradient {3:.3g}; the loss ranges {4} … {5}</source>
        <translation>{0}：値 {1:.4g}、損失 {2:.4f}、勾配 {3:.3g}。損失の範囲 {4} … {5}</translation>
    </message>
    <message>
        <source>± range</source>
        <translation>± 範囲</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>The language changes at the next start of NetBuilder.</source>
        <translation>言語は NetBuilder の次回起動時に切り替わります。</translation>
    </message>
    <message>
        <source>The language of the system's locale (LANG)</source>
        <translation>システムのロケール（LANG）の言語</translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <source>Computed from the input shape and the layers above; per sample</source>
        <translation>入力形状と上の層から計算（1 サンプルあたり）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>積和演算</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation>この層には設定がありません。</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>不明な種類</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>1 / (1 + e^-x): squashes to (0, 1); its slope is at most 0.25, so deep stacks learn slowly.</source>
        <translation>1 / (1 + e^-x)：(0, 1) に押し込めます。傾きは最大 0.25 なので、深く重ねると学習が遅くなります。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>畳み込み</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Divides each activation by a power of the summed squares of its neighbouring channels (AlexNet).</source>
        <translation>各活性化を、近傍チャネルの二乗和のべき乗で割ります（AlexNet）。</translation>
    </message>
    <message>
        <source>Fully connected layer y = x·W + b; flattens any input first.</source>
        <translation>全結合層 y = x·W + b。入力はまず平坦化します。</translation>
    </message>
    <message>
        <source>Keeps the largest value of each pool_size×pool_size window; the gradient goes to that one element (the first in reading order, if several tie).</source>
        <translation>pool_size×pool_size の各窓の最大値を残します。勾配はその一つの要素に流れます（同値が複数あれば読み順で最初の要素）。</translation>
    </message>
    <message>
        <source>Normalises each feature/channel to mean 0, variance 1 over the batch, then scales by a learned γ and shifts by β; running averages of the statistics are used at inference.</source>
        <translation>各特徴／チャネルをバッチ内で平均 0・分散 1 に正規化し、学習される γ で拡大、β でずらします。推論時は統計量の移動平均を使います。</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Passes its input through unchanged (a placeholder, or the 'identity' activation).</source>
        <translation>入力をそのまま通します（仮置き、または恒等活性化関数）。</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>プーリング</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正則化</translation>
    </message>
    <message>
        <source>Replaces each pool_size×pool_size window by its mean; the gradient is shared equally.</source>
        <translation>pool_size×pool_size の各窓をその平均で置き換えます。勾配は均等に分配されます。</translation>
    </message>
    <message>
        <source>Reshapes (C, H, W) feature maps into one vector per sample.</source>
        <translation>(C, H, W) の特徴マップをサンプルごとに一つのベクトルへ変形します。</translation>
    </message>
    <message>
        <source>Slides `filters` learned kh×kw×C kernels over the image; each gives one output feature map. padding "same" keeps the size at stride 1 (odd padding goes to the bottom/right, as in TensorFlow).</source>
        <translation>学習される kh×kw×C のカーネル `filters` 個を画像上でずらしながら適用します。各カーネルが出力特徴マップを一つ作ります。padding "same" はストライド 1 で大きさを保ちます（奇数のパディングは TensorFlow と同じく下／右に入ります）。</translation>
    </message>
    <message>
        <source>Turns scores into probabilities; backward applies the full Jacobian yᵢ(δᵢₖ − yₖ).</source>
        <translation>スコアを確率に変換します。逆伝播ではヤコビ行列全体 yᵢ(δᵢₖ − yₖ) を使います。</translation>
    </message>
    <message>
        <source>W ← W − η·g</source>
        <translation>W ← W − η·g</translation>
    </message>
    <message>
        <source>Zeroes a random share of inputs while training (scaling the rest up); identity at inference.</source>
        <translation>学習中は入力の一部を無作為にゼロにします（残りは拡大）。推論時は恒等写像です。</translation>
    </message>
    <message>
        <source>bias-corrected averages of g and g²: W ← W − η·m̂/(√v̂ + ε)</source>
        <translation>g と g² のバイアス補正済み平均：W ← W − η·m̂/(√v̂ + ε)</translation>
    </message>
    <message>
        <source>h ← h + g²; W ← W − η·g/(√h + ε)</source>
        <translation>h ← h + g²; W ← W − η·g/(√h + ε)</translation>
    </message>
    <message>
        <source>h ← ρh + (1−ρ)g²; W ← W − η·g/(√h + ε)</source>
        <translation>h ← ρh + (1−ρ)g²; W ← W − η·g/(√h + ε)</translation>
    </message>
    <message>
        <source>half a cosine from lr down to min_lr over the whole run</source>
        <translation>実行全体で lr から min_lr へ余弦の半周期で下げます</translation>
    </message>
    <message>
        <source>max(0, x): cheap, does not saturate for positive inputs.</source>
        <translation>max(0, x)：計算が軽く、正の入力では飽和しません。</translation>
    </message>
    <message>
        <source>multiply by gamma every step_size epochs</source>
        <translation>step_size エポックごとに gamma を掛けます</translation>
    </message>
    <message>
        <source>tanh(x): squashes to (-1, 1), zero-centred.</source>
        <translation>tanh(x)：(-1, 1) に押し込めます。ゼロを中心とします。</translation>
    </message>
    <message>
        <source>the same learning rate throughout</source>
        <translation>最後まで同じ学習率</translation>
    </message>
    <message>
        <source>v ← μv + g; W ← W − η(g + μv)</source>
        <translation>v ← μv + g; W ← W − η(g + μv)</translation>
    </message>
    <message>
        <source>v ← μv − η·g; W ← W + v</source>
        <translation>v ← μv − η·g; W ← W + v</translation>
    </message>
    <message>
        <source>x for x &gt; 0, alpha·x otherwise: a ReLU whose units cannot die.</source>
        <translation>x &gt; 0 なら x、それ以外は alpha·x：ユニットが死なない ReLU です。</translation>
    </message>
    <message>
        <source>½·Σ(y − t)², averaged over the batch; through a Softmax it uses the full Jacobian.</source>
        <translation>½·Σ(y − t)² をバッチで平均します。Softmax を通す場合はヤコビ行列全体を使います。</translation>
    </message>
    <message>
        <source>−[t·log σ(z) + (1−t)·log(1−σ(z))], fused with a final Sigmoid; 0/1 targets.</source>
        <translation>−[t·log σ(z) + (1−t)·log(1−σ(z))]。最後の Sigmoid と融合します。目標値は 0/1。</translation>
    </message>
    <message>
        <source>−Σ t·log softmax(z), fused with a final Softmax; integer labels, one-hot or soft targets.</source>
        <translation>−Σ t·log softmax(z)。最後の Softmax と融合します。整数ラベル、ワンホット、ソフトな目標値に対応します。</translation>
    </message>
</context>
<context>
    <name>LiveBoundary</name>
    <message>
        <source>Background: predicted class (pale = unsure). Dots: training samples in their true colour.</source>
        <translation>背景：予測クラス（淡い色 = 確信が低い）。点：正解の色で表した学習サンプル。</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>決定境界</translation>
    </message>
    <message>
        <source>No data yet — press Train</source>
        <translation>まだデータがありません — 「学習」を押してください</translation>
    </message>
    <message>
        <source>Only for data with two inputs (the playground sets).</source>
        <translation>入力が 2 つのデータ（playground セット）専用です。</translation>
    </message>
    <message>
        <source>The background shows what the network predicts at each point of the input plane; the dots are training samples coloured by their true class.
Look for: the coloured regions bending to follow the data. Dots on the wrong colour are mistakes; pale bands are where the network is unsure.</source>
        <translation>背景は入力平面の各点でのネットワークの予測を、点は正解クラスで色分けした学習サンプルを示します。
見どころ：色の領域がデータに沿って曲がっていくこと。違う色の上の点は誤り、淡い帯はネットワークが迷っている所です。</translation>
    </message>
    <message>
        <source>Waiting for the first snapshot…</source>
        <translation>最初のスナップショットを待っています…</translation>
    </message>
    <message>
        <source>x₁ (first input)</source>
        <translation>x₁（1 番目の入力）</translation>
    </message>
    <message>
        <source>x₂ (second input)</source>
        <translation>x₂（2 番目の入力）</translation>
    </message>
</context>
<context>
    <name>LiveCardMeters</name>
    <message>
        <source>
{0:.0%} of the ReLU units after this layer were inactive on every sample of the last batch.</source>
        <translation>
この層の後の ReLU ユニットの {0:.0%} は、直前のバッチのすべてのサンプルで不活性でした。</translation>
    </message>
    <message>
        <source>
{0:.0%} of the sigmoid/tanh outputs after this layer were saturated on the last batch (slope under {1}): almost no gradient passes there.</source>
        <translation>
この層の後のシグモイド/tanh の出力のうち {0:.0%} が直前のバッチで飽和していました（傾きが {1} 未満）。そこでは勾配がほとんど伝わりません。</translation>
    </message>
    <message>
        <source> · {0:.0%} dead</source>
        <translation> · 死滅 {0:.0%}</translation>
    </message>
    <message>
        <source> · {0:.0%} saturated</source>
        <translation> · 飽和 {0:.0%}</translation>
    </message>
    <message>
        <source>Gradient size (RMS per weight): {0:.2e}, {1:.1e}× the largest layer's.
The bar is logarithmic: each fifth of its length is a factor of 10. Bars that shrink toward the input mean vanishing gradients: those layers barely learn.</source>
        <translation>勾配の大きさ（重みあたりの RMS）：{0:.2e}、最大の層の {1:.1e} 倍。
バーは対数目盛で、長さの 5 分の 1 ごとに 10 倍です。入力側に向かってバーが縮むのは勾配消失で、その層はほとんど学習しません。</translation>
    </message>
    <message>
        <source>grad {0:.1e}</source>
        <translation>勾配 {0:.1e}</translation>
    </message>
</context>
<context>
    <name>LiveConfusion</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>No test data to evaluate on.</source>
        <translation>評価するテストデータがありません。</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: what the network predicted. Each cell counts test samples.
Blue diagonal = correct, red = mistakes (darker = a larger share of that class). Look for: dark red cells, the pairs of classes the network confuses. Click a cell to see its samples.</source>
        <translation>行：正解クラス。列：ネットワークの予測。各セルはテストサンプルの数です。
青の対角線 = 正解、赤 = 誤り（濃いほどそのクラスでの割合が大きい）。見どころ：濃い赤のセル、つまりネットワークが取り違えるクラスの組。セルをクリックするとそのサンプルを表示します。</translation>
    </message>
    <message>
        <source>The confusion matrix appears when training ends (Stop ends it early and tests).</source>
        <translation>混同行列は学習の終了時に表示されます（停止すると早めに終了してテストします）。</translation>
    </message>
    <message>
        <source>The confusion matrix appears when training ends.</source>
        <translation>混同行列は学習の終了時に表示されます。</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>予測クラス</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>正解クラス</translation>
    </message>
    <message>
        <source>true {0}, predicted {1}: {2} samples ({3:.1f} % of {4}) — {5}. Click to see them.</source>
        <translation>正解 {0}、予測 {1}：{2} サンプル（{4} の {3:.1f} %）— {5}。クリックで表示します。</translation>
    </message>
    <message>
        <source>{0} accuracy {1:.1f} %  ·  loss {2:.4g}  ·  {3:,} samples, {4:,} wrong</source>
        <translation>{0}正解率 {1:.1f} %  ·  損失 {2:.4g}  ·  {3:,} サンプル、誤り {4:,}</translation>
    </message>
    <message>
        <source>{0} taken for {1}</source>
        <translation>{0} を {1} と誤認</translation>
    </message>
</context>
<context>
    <name>LiveControls</name>
    <message>
        <source>Change the learning rate while training: it applies from the next batch.</source>
        <translation>学習中に学習率を変更します：次のバッチから適用されます。</translation>
    </message>
    <message>
        <source>Continue training. After a divergence, lower the learning rate first.</source>
        <translation>学習を続けます。発散した後は、先に学習率を下げてください。</translation>
    </message>
    <message>
        <source>End training after the current batch and evaluate on the test data.</source>
        <translation>現在のバッチの後で学習を終了し、テストデータで評価します。</translation>
    </message>
    <message>
        <source>Freeze the current network and train it from fresh weights (data loads in the background).</source>
        <translation>現在のネットワークを確定し、新しい重みから学習します（データはバックグラウンドで読み込みます）。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>データを読み込み中…</translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation>未学習</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause after the current batch; the plots stay, and you can step or change the learning rate.</source>
        <translation>現在のバッチの後で一時停止します。グラフは残り、1 ステップずつ進めたり学習率を変えたりできます。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>重みをリセット</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Throw the learned weights away and start again from fresh random ones.</source>
        <translation>学習した重みを破棄し、新しい乱数の重みからやり直します。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Train exactly one batch, then pause: watch what a single update does.</source>
        <translation>ちょうど 1 バッチ学習して一時停止します：1 回の更新の効果を観察できます。</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>● Training</source>
        <translation>● 学習中</translation>
    </message>
    <message>
        <source>⚠ Diverged</source>
        <translation>⚠ 発散</translation>
    </message>
    <message>
        <source>✓ Finished</source>
        <translation>✓ 完了</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ 一時停止中</translation>
    </message>
</context>
<context>
    <name>LiveCurves</name>
    <message>
        <source>A log scale shows progress late in training, when the loss changes by small amounts.</source>
        <translation>対数目盛にすると、損失の変化が小さくなる学習後半の進み具合が見えます。</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Faint: every mini-batch. Line: smoothed. Dots: epoch means (training blue, validation orange). Hover a chart for what to look for.</source>
        <translation>薄い線：各ミニバッチ。線：平滑化。点：エポック平均（学習は青、検証はオレンジ）。グラフにカーソルを合わせると見どころを表示します。</translation>
    </message>
    <message>
        <source>Log scale for the loss</source>
        <translation>損失を対数目盛で</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Loss per mini-batch (faint), smoothed (blue line), and the mean over each epoch for the training data (blue dots) and the held-out validation data (orange squares).
Look for: a steady fall. Validation rising while training keeps falling means overfitting; a flat line means the learning rate is too small or gradients vanish; wild jumps mean it is too large.</source>
        <translation>ミニバッチごとの損失（薄い線）、平滑化（青い線）、学習データ（青い点）と取り分けた検証データ（オレンジの四角）のエポック平均。
見どころ：着実な減少。学習の損失が下がり続けるのに検証の損失が上がるなら過学習、平坦なら学習率が小さすぎるか勾配消失、激しく跳ねるなら学習率が大きすぎます。</translation>
    </message>
    <message>
        <source>Share of samples classified correctly, per mini-batch (faint, smoothed in blue) and per epoch for training (blue dots) and validation (orange squares).
Look for: validation close to training. A large gap means the network memorises the training data.</source>
        <translation>正しく分類されたサンプルの割合。ミニバッチごと（薄い線、青は平滑化）と、学習（青い点）・検証（オレンジの四角）のエポックごと。
見どころ：検証が学習に近いこと。差が大きければネットワークは学習データを丸暗記しています。</translation>
    </message>
    <message>
        <source>Waiting for the first batch…</source>
        <translation>最初のバッチを待っています…</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>正解率 (%)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>損失（対数目盛）</translation>
    </message>
    <message>
        <source>train, epoch mean (mid-epoch)</source>
        <translation>学習、エポック平均（エポック途中）</translation>
    </message>
    <message>
        <source>train, per batch</source>
        <translation>学習、バッチごと</translation>
    </message>
    <message>
        <source>train, smoothed</source>
        <translation>学習、平滑化</translation>
    </message>
    <message>
        <source>validation, epoch</source>
        <translation>検証、エポック</translation>
    </message>
</context>
<context>
    <name>LiveFeatureMaps</name>
    <message>
        <source>Every channel (feature map) of the selected layer's output for the sample on the left. Each tile is scaled to its own range: dark = low, yellow = high.
Look for: early layers respond to edges and blobs, later ones to larger parts. Tiles that stay uniformly dark are channels that never fire for this input (after a ReLU, possibly dead units).</source>
        <translation>左のサンプルに対する、選択した層の出力の全チャネル（特徴マップ）。各タイルはそれ自身の範囲で色付けします：暗い = 低い、黄色 = 高い。
見どころ：浅い層はエッジや斑点に、深い層はより大きな部分に反応します。一様に暗いままのタイルは、この入力では発火しないチャネルです（ReLU の後なら死んだユニットかもしれません）。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Input: sample {0}</source>
        <translation>入力：サンプル {0}</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>次のサンプル</translation>
    </message>
    <message>
        <source>No data yet — press Train</source>
        <translation>まだデータがありません — 「学習」を押してください</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Pick a layer (or click its card) and step through the samples. Image outputs show one tile per channel, each scaled to its own range (hover a tile for its numbers); flat outputs show one bar per unit.</source>
        <translation>層を選び（またはカードをクリックし）、サンプルを順に見てください。画像出力はチャネルごとに一枚のタイル（それぞれ自身の範囲で色付け、カーソルを合わせると数値を表示）、平坦な出力はユニットごとに一本のバーで表示します。</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>前のサンプル</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>The layer whose output is shown. Clicking a layer's card in the pipeline selects it too.</source>
        <translation>出力を表示する層。パイプラインの層のカードをクリックしても選択できます。</translation>
    </message>
    <message>
        <source>The sample fed to the network (from the validation data unless there is none).</source>
        <translation>ネットワークに入力するサンプル（検証データがあればそこから）。</translation>
    </message>
    <message>
        <source>The selected layer's output for this sample, one bar per unit.
For the last layer these are the class scores or probabilities: the tallest bar is the prediction.</source>
        <translation>このサンプルに対する選択した層の出力（ユニットごとに一本のバー）。
最後の層ではクラスのスコアまたは確率で、最も高いバーが予測です。</translation>
    </message>
    <message>
        <source>Waiting for the first snapshot…</source>
        <translation>最初のスナップショットを待っています…</translation>
    </message>
    <message>
        <source>Which sample of the validation data to feed through the network.</source>
        <translation>ネットワークに通す検証データのサンプル。</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>活性化</translation>
    </message>
    <message>
        <source>channel {0}: values {1:.3g} … {2:.3g}, mean {3:.3g}</source>
        <translation>チャネル {0}：値 {1:.3g} … {2:.3g}、平均 {3:.3g}</translation>
    </message>
    <message>
        <source>of {0} {1} samples</source>
        <translation>/ {0}（{1}）</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>true: &lt;b&gt;{0}&lt;/b&gt; · predicted: {1} ({2:.0f} %)</source>
        <translation>正解：&lt;b&gt;{0}&lt;/b&gt; · 予測：{1}（{2:.0f} %）</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>your</source>
        <translation>あなたの</translation>
    </message>
    <message>
        <source>{0} channels of layer {1}, {2}×{3} each</source>
        <translation>層 {1} の {0} チャネル、各 {2}×{3}</translation>
    </message>
    <message>
        <source>{0} numbers

({1})</source>
        <translation>{0} 個の数値

（{1}）</translation>
    </message>
    <message>
        <source>{0} units of layer {1}</source>
        <translation>層 {1} の {0} ユニット</translation>
    </message>
</context>
<context>
    <name>LiveFilters</name>
    <message>
        <source>&lt;b&gt;{0} {1}&lt;/b&gt; of layer {2}</source>
        <translation>層 {2} の &lt;b&gt;{0} {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Blue = negative, {0} = zero, red = positive weight; each filter scaled on its own. Hover a filter for its numbers.</source>
        <translation>青 = 負、{0} = ゼロ、赤 = 正の重み。各フィルタはそれ自身の範囲で色付けします。カーソルを合わせると数値を表示します。</translation>
    </message>
    <message>
        <source>Colour = the kernel's own RGB weights, grey = 0; each filter scaled on its own. Hover a filter for its numbers.</source>
        <translation>色 = カーネル自身の RGB の重み、灰色 = 0。各フィルタはそれ自身の範囲で色付けします。カーソルを合わせると数値を表示します。</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>第 1 層のフィルタ</translation>
    </message>
    <message>
        <source>No data yet — press Train</source>
        <translation>まだデータがありません — 「学習」を押してください</translation>
    </message>
    <message>
        <source>The first layer reads a list of numbers, not an image,
so its weights do not form pictures.</source>
        <translation>第 1 層は画像ではなく数値の並びを読むので、
その重みは画像になりません。</translation>
    </message>
    <message>
        <source>The weights of the first layer, one small picture per filter (conv kernel) or per unit (Dense column reshaped to the input image). Hover a filter for its numbers.
Look for: smooth, structured patterns (edges, colour blobs, strokes) appearing as training goes on. Filters that stay salt-and-pepper noise have not learned anything yet.</source>
        <translation>第 1 層の重み。フィルタ（畳み込みカーネル）ごと、またはユニット（Dense の列を入力画像の形に変形）ごとに小さな画像一枚です。カーソルを合わせると数値を表示します。
見どころ：学習が進むにつれて滑らかで構造のある模様（エッジ、色の斑点、筆跡）が現れること。ごま塩状のノイズのままのフィルタは、まだ何も学習していません。</translation>
    </message>
    <message>
        <source>Waiting for the first snapshot…</source>
        <translation>最初のスナップショットを待っています…</translation>
    </message>
    <message>
        <source>min {0:+.3f} · max {1:+.3f} · mean {2:+.3f}</source>
        <translation>最小 {0:+.3f} · 最大 {1:+.3f} · 平均 {2:+.3f}</translation>
    </message>
    <message>
        <source>row {0}, column {1}: {2}</source>
        <translation>行 {0}、列 {1}：{2}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>{0} {1} of layer {2}, {3}×{4}</source>
        <translation>層 {2} の {0} {1}、{3}×{4}</translation>
    </message>
</context>
<context>
    <name>LiveGradients</name>
    <message>
        <source> (log scale)</source>
        <translation>（対数目盛）</translation>
    </message>
    <message>
        <source> · {0:.0%} dead ReLU</source>
        <translation> · 死んだ ReLU {0:.0%}</translation>
    </message>
    <message>
        <source>Colour of each weight layer in the charts over time; the bold one is the selected layer. The share of dead ReLU units (inactive for every sample of the last batch) follows each name.</source>
        <translation>時系列グラフでの各重み層の色。太字は選択中の層です。各名前の後に死んだ ReLU ユニット（直前のバッチのすべてのサンプルで不活性）の割合を示します。</translation>
    </message>
    <message>
        <source>Distribution of the selected layer's weight gradients in the last batch.
Look for: a narrow spike at 0 means the layer gets almost no learning signal.</source>
        <translation>直前のバッチでの選択した層の重みの勾配の分布。
見どころ：0 に細く尖っていれば、その層には学習の信号がほとんど届いていません。</translation>
    </message>
    <message>
        <source>Distribution of the selected layer's weights now (blue) over their distribution at the start (grey).
Look for: the weights spreading out as they learn. Unchanged means the layer is not learning; a few huge values warn of instability.</source>
        <translation>選択した層の現在の重みの分布（青）と開始時の分布（灰色）。
見どころ：学習につれて重みが広がること。変わらなければその層は学習していません。ごく一部の巨大な値は不安定さの兆候です。</translation>
    </message>
    <message>
        <source>Gradient size by depth (now)</source>
        <translation>深さごとの勾配の大きさ（現在）</translation>
    </message>
    <message>
        <source>Gradient size of each weight layer (RMS of ∂loss/∂weight) at every snapshot, log scale.
Look for: lines orders of magnitude apart. Layers near the input far below the others have vanishing gradients and barely learn (typical of deep sigmoid stacks); a line shooting up warns of divergence. The legend above gives the share of dead ReLU units after each layer.</source>
        <translation>各スナップショットでの各重み層の勾配の大きさ（∂損失/∂重み の RMS）、対数目盛。
見どころ：桁違いに離れた線。入力に近い層が他よりずっと下にあれば勾配消失で、ほとんど学習しません（深いシグモイドの典型）。急上昇する線は発散の兆候です。上の凡例は各層の後の死んだ ReLU ユニットの割合です。</translation>
    </message>
    <message>
        <source>Gradient size per layer over time</source>
        <translation>層ごとの勾配の大きさの推移</translation>
    </message>
    <message>
        <source>Gradient size per weight layer right now, from input (left) to output (right), log scale.
Look for: a flat line means gradients reach every layer; a line that falls toward the input is the picture of vanishing gradients.</source>
        <translation>現在の重み層ごとの勾配の大きさ。入力（左）から出力（右）へ、対数目盛。
見どころ：平らな線なら勾配はすべての層に届いています。入力に向かって下がる線は勾配消失の姿です。</translation>
    </message>
    <message>
        <source>Gradients of different layers often differ by orders of magnitude: a log scale shows them all.</source>
        <translation>層ごとの勾配はしばしば桁違いに異なります：対数目盛ならすべて見えます。</translation>
    </message>
    <message>
        <source>Gradients of the selected layer</source>
        <translation>選択した層の勾配</translation>
    </message>
    <message>
        <source>Gradients of {0} (last batch)</source>
        <translation>{0} の勾配（直前のバッチ）</translation>
    </message>
    <message>
        <source>How much each layer's weights changed in the last step, relative to their size (‖ΔW‖/‖W‖), log scale.
Look for: roughly 1e-3 (dashed line). Far below: the layer hardly moves (learning rate too small or vanishing gradients). Far above (1e-1): steps are too big, expect instability.</source>
        <translation>直前のステップで各層の重みが大きさに対してどれだけ変化したか（‖ΔW‖/‖W‖）、対数目盛。
見どころ：およそ 1e-3（破線）。ずっと下なら層はほとんど動いていません（学習率が小さすぎるか勾配消失）。ずっと上（1e-1）ならステップが大きすぎ、不安定になります。</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <source>No gradients yet: they appear after the first batch.</source>
        <translation>まだ勾配がありません：最初のバッチの後に表示されます。</translation>
    </message>
    <message>
        <source>No update yet: the ratio needs one training step.</source>
        <translation>まだ更新がありません：この比には学習 1 ステップが必要です。</translation>
    </message>
    <message>
        <source>RMS gradient</source>
        <translation>RMS 勾配</translation>
    </message>
    <message>
        <source>Select a layer (its card, or the Feature maps tab) for the histograms. Hover a chart for what to look for.</source>
        <translation>ヒストグラムを見るには層を選択してください（カード、または特徴マップタブで）。グラフにカーソルを合わせると見どころを表示します。</translation>
    </message>
    <message>
        <source>This network has no layers with weights.</source>
        <translation>このネットワークには重みを持つ層がありません。</translation>
    </message>
    <message>
        <source>Update / weight ratio</source>
        <translation>更新量 / 重みの比</translation>
    </message>
    <message>
        <source>Waiting for the first gradients (after the first batch)…</source>
        <translation>最初の勾配を待っています（最初のバッチの後）…</translation>
    </message>
    <message>
        <source>Weights of the selected layer</source>
        <translation>選択した層の重み</translation>
    </message>
    <message>
        <source>Weights of {0}: now vs start</source>
        <translation>{0} の重み：現在と開始時</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>開始時</translation>
    </message>
    <message>
        <source>count</source>
        <translation>個数</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>gradient value</source>
        <translation>勾配の値</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>weight layer (input → output)</source>
        <translation>重み層（入力 → 出力）</translation>
    </message>
    <message>
        <source>weight layer number (input → output)</source>
        <translation>重み層の番号（入力 → 出力）</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>重みの値</translation>
    </message>
    <message>
        <source>{0} (every {1}th snapshot)</source>
        <translation>{0}（{1} 回に 1 回のスナップショット）</translation>
    </message>
    <message>
        <source>≈1e-3 healthy</source>
        <translation>≈1e-3 が健全</translation>
    </message>
</context>
<context>
    <name>LiveMistakes</name>
    <message>
        <source> (the {0} most confident shown)</source>
        <translation>（確信度の高い {0} 件を表示）</translation>
    </message>
    <message>
        <source>Back from one confusion-matrix cell to every mistake.</source>
        <translation>混同行列の一つのセルから、すべての誤りの表示に戻ります。</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>誤分類</translation>
    </message>
    <message>
        <source>Mistakes appear here when training ends.</source>
        <translation>学習が終わると、ここに誤分類が表示されます。</translation>
    </message>
    <message>
        <source>No mistakes: every sample was classified correctly.</source>
        <translation>誤りはありません：すべてのサンプルが正しく分類されました。</translation>
    </message>
    <message>
        <source>Show all mistakes</source>
        <translation>すべての誤分類を表示</translation>
    </message>
    <message>
        <source>This cell is empty.</source>
        <translation>このセルは空です。</translation>
    </message>
    <message>
        <source>Wrongly classified samples, the most confident mistakes first. Each shows true class → prediction and how sure the network was.
Look for: mislabelled samples, classes that look alike, and patterns the network keeps missing.</source>
        <translation>誤って分類されたサンプル。確信度の高い誤りから順に並べます。それぞれ 正解クラス → 予測 と、ネットワークの確信度を示します。
見どころ：ラベルの誤り、似て見えるクラス、ネットワークが何度も見落とすパターン。</translation>
    </message>
    <message>
        <source>correctly classified</source>
        <translation>正しく分類</translation>
    </message>
    <message>
        <source>predicted {0}</source>
        <translation>予測 {0}</translation>
    </message>
    <message>
        <source>{0:,} mistakes of {1:,} {2} samples, most confident first{3}</source>
        <translation>{2}サンプル {1:,} 件中の誤り {0:,} 件、確信度の高い順{3}</translation>
    </message>
    <message>
        <source>{0:,} samples of {1} {2}, most confident first</source>
        <translation>{1} {2} のサンプル {0:,} 件、確信度の高い順</translation>
    </message>
    <message>
        <source>{0} sample {1}: true {2}, predicted {3} with {4:.1f} % confidence</source>
        <translation>{0}サンプル {1}：正解 {2}、予測 {3}（確信度 {4:.1f} %）</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Decision boundary</source>
        <translation>決定境界</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特徴マップ</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <source>For 2-D data: the predicted class over the whole plane</source>
        <translation>2 次元データ用：平面全体での予測クラス</translation>
    </message>
    <message>
        <source>Gradient size per layer, update sizes, weight and gradient histograms</source>
        <translation>層ごとの勾配の大きさ、更新量、重みと勾配のヒストグラム</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを隠す</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>ラボ</translation>
    </message>
    <message>
        <source>Loss &amp;&amp; accuracy</source>
        <translation>損失と正解率</translation>
    </message>
    <message>
        <source>Loss and accuracy per batch and per epoch, training and validation</source>
        <translation>学習と検証の、バッチごと・エポックごとの損失と正解率</translation>
    </message>
    <message>
        <source>Lower the learning rate ×0.1 and resume</source>
        <translation>学習率を ×0.1 に下げて再開</translation>
    </message>
    <message>
        <source>Pause or stop training to explain a unit: the lab works on a copy of the network while it stands still.</source>
        <translation>ユニットを説明するには学習を一時停止または停止してください。ラボは止まっている間のネットワークのコピーを使います。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Results ●</source>
        <translation>結果 ●</translation>
    </message>
    <message>
        <source>Test accuracy, confusion matrix and mistakes, after training</source>
        <translation>学習後のテスト正解率、混同行列、誤分類</translation>
    </message>
    <message>
        <source>The first layer's weights as pictures</source>
        <translation>第 1 層の重みを画像で</translation>
    </message>
    <message>
        <source>What the selected layer outputs for one sample</source>
        <translation>一つのサンプルに対して選択した層が出力するもの</translation>
    </message>
    <message>
        <source>Why it trains or not: loss along a weight, landscapes, explained units, gradient check</source>
        <translation>学習が進む・進まない理由：重みに沿った損失、損失地形、ユニットの説明、勾配チェック</translation>
    </message>
    <message>
        <source>{0}: {1:,} training, {2:,} validation and {3:,} test samples, {4} batches per epoch. {5}</source>
        <translation>{0}：学習データ {1:,} 件、検証データ {2:,} 件、テストデータ {3:,} 件、1 エポックあたり {4} バッチ。{5}</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>No data yet — press Train</source>
        <translation>まだデータがありません — 「学習」を押してください</translation>
    </message>
</context>
<context>
    <name>LiveStats</name>
    <message>
        <source>Accuracy on held-out validation data after the last full epoch: the honest estimate of how well the network generalises.</source>
        <translation>直前の完了したエポック後の、取り分けた検証データでの正解率：ネットワークの汎化性能の正直な見積もりです。</translation>
    </message>
    <message>
        <source>Batches done in the current epoch.</source>
        <translation>現在のエポックで済んだバッチ。</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Estimated time until the last epoch ends, from the average speed so far.</source>
        <translation>これまでの平均速度から見積もった、最後のエポックが終わるまでの時間。</translation>
    </message>
    <message>
        <source>Images / s</source>
        <translation>画像 / 秒</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Loss on held-out validation data after the last full epoch. If it rises while the training loss falls, the network is overfitting.</source>
        <translation>直前の完了したエポック後の、取り分けた検証データでの損失。学習の損失が下がるのにこれが上がるなら、過学習しています。</translation>
    </message>
    <message>
        <source>Loss on the training batches, smoothed over recent batches. Lower is better.</source>
        <translation>学習バッチでの損失（直近のバッチで平滑化）。低いほど良い。</translation>
    </message>
    <message>
        <source>Progress of the whole run (all epochs).</source>
        <translation>実行全体（全エポック）の進み具合。</translation>
    </message>
    <message>
        <source>Share of training samples classified correctly, smoothed over recent batches.</source>
        <translation>正しく分類された学習サンプルの割合（直近のバッチで平滑化）。</translation>
    </message>
    <message>
        <source>Step size of the optimizer for the current batch (after any schedule).</source>
        <translation>現在のバッチでの最適化手法のステップ幅（スケジュール適用後）。</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Time the last epoch took, validation included.</source>
        <translation>直前のエポックにかかった時間（検証を含む）。</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>学習正解率</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <source>Training throughput over the last batches (wall clock).</source>
        <translation>直近のバッチでの学習のスループット（実時間）。</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>検証正解率</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>Which pass over the training data is running, of how many.</source>
        <translation>学習データの何周目を実行中か（全何周中）。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>done (early stop)</source>
        <translation>完了（早期終了）</translation>
    </message>
    <message>
        <source>epoch {0}: batch {1} / {2}</source>
        <translation>エポック {0}：バッチ {1} / {2}</translation>
    </message>
    <message>
        <source>epoch: waiting for the first batch</source>
        <translation>エポック：最初のバッチを待っています</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>paused at {0} %  ·  {1} elapsed</source>
        <translation>{0} % で一時停止中  ·  経過 {1}</translation>
    </message>
    <message>
        <source>run: 0 %</source>
        <translation>実行：0 %</translation>
    </message>
    <message>
        <source>run: {0} %  ·  {1} elapsed</source>
        <translation>全体: {0} %  ·  経過 {1}</translation>
    </message>
    <message>
        <source>s / epoch</source>
        <translation>秒 / エポック</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>stopped at {0} %  ·  {1} elapsed</source>
        <translation>{0} % で停止  ·  経過 {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;NetBuilder {0}&lt;/b&gt;&lt;p&gt;Design, train and see inside neural networks, on a from-scratch numpy engine.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NetBuilder {0}&lt;/b&gt;&lt;p&gt;ニューラルネットワークを設計し、学習させ、その中を見る。numpy でゼロから書いたエンジンの上で。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About NetBuilder</source>
        <translation>NetBuilder について</translation>
    </message>
    <message>
        <source>Every edit since the network was opened; click one to go back to it</source>
        <translation>ネットワークを開いてからのすべての編集。クリックするとその時点に戻ります</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>問題（{0}）</translation>
    </message>
    <message>
        <source>The builder panels step aside while training: View ▸ Builder Panels (Ctrl+B) brings them back.</source>
        <translation>学習中はビルダーパネルが隠れます：表示 ▸ ビルダーパネル (Ctrl+B) で戻せます。</translation>
    </message>
    <message>
        <source>Training is already running: stop it first.</source>
        <translation>すでに学習中です：先に停止してください。</translation>
    </message>
    <message>
        <source>{0}[*] — NetBuilder</source>
        <translation>{0}[*] — NetBuilder</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>(no templates found)</source>
        <translation>（テンプレートが見つかりません）</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>テンプレートから新規作成(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Show or hide the {0} panel ({1})</source>
        <translation>{0}パネルの表示／非表示 ({1})</translation>
    </message>
</context>
<context>
    <name>MissingData</name>
    <message>
        <source>  — needs {0}</source>
        <translation>  — {0} が必要</translation>
    </message>
    <message>
        <source> Train offers to download it.</source>
        <translation> 学習時にダウンロードを提案します。</translation>
    </message>
    <message>
        <source> download</source>
        <translation> ダウンロード</translation>
    </message>
    <message>
        <source>&lt;b&gt;“{0}” trains on {1}, which is not on this computer yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;「{0}」は {1} で学習しますが、まだこのコンピュータにありません。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>フォルダを選択…</translation>
    </message>
    <message>
        <source>Close without training (during a download: stop it, keeping nothing)</source>
        <translation>学習せずに閉じます（ダウンロード中なら中止し、何も残しません）</translation>
    </message>
    <message>
        <source>Data needed to train</source>
        <translation>学習に必要なデータ</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was kept.</source>
        <translation>ダウンロードをキャンセルしました。何も残していません。</translation>
    </message>
    <message>
        <source>Download {0} ({1} MB)</source>
        <translation>{0} をダウンロード（{1} MB）</translation>
    </message>
    <message>
        <source>Downloading {0} into {1}…</source>
        <translation>{0} を {1} にダウンロード中…</translation>
    </message>
    <message>
        <source>From the official server into {0}; every file is checked against its known SHA-256 before it is kept.</source>
        <translation>公式サーバーから {0} へ。保存する前に各ファイルを既知の SHA-256 と照合します。</translation>
    </message>
    <message>
        <source>Generated 28×28 grey images of circles, squares, triangles and crosses: nothing to download. The input becomes 1×28×28 (undoable).</source>
        <translation>円・四角・三角・十字の 28×28 のグレー画像を生成します：ダウンロード不要。入力は 1×28×28 になります（元に戻せます）。</translation>
    </message>
    <message>
        <source>Not trained: {0}</source>
        <translation>学習しませんでした：{0}</translation>
    </message>
    <message>
        <source>The download failed: {0}</source>
        <translation>ダウンロードに失敗しました：{0}</translation>
    </message>
    <message>
        <source>This network</source>
        <translation>このネットワーク</translation>
    </message>
    <message>
        <source>Train on built-in shapes</source>
        <translation>内蔵の図形データで学習</translation>
    </message>
    <message>
        <source>Use Built-in Shapes Instead</source>
        <translation>代わりに内蔵の図形データを使う</translation>
    </message>
    <message>
        <source>You already have {0} somewhere else: point the network at it.</source>
        <translation>{0} が別の場所にすでにある場合：ネットワークにその場所を指定します。</translation>
    </message>
    <message>
        <source>a folder that already holds the files</source>
        <translation>ファイルがすでにあるフォルダ</translation>
    </message>
    <message>
        <source>then train; the files are kept in {0}</source>
        <translation>その後に学習します。ファイルは {0} に保存されます</translation>
    </message>
    <message>
        <source>train now on generated 28×28 images</source>
        <translation>生成した 28×28 の画像で今すぐ学習</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <source>{0:.1f} of {1:.1f} MB</source>
        <translation>{0:.1f} / {1:.1f} MB</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>&lt;i&gt;Drag into the pipeline, or double-click to add after the selection.&lt;/i&gt;</source>
        <translation>&lt;i&gt;パイプラインにドラッグするか、ダブルクリックで選択位置の後ろに追加します。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Filter layers…</source>
        <translation>層を絞り込む…</translation>
    </message>
    <message>
        <source>Layer kinds: drag one into the pipeline, or double-click to add it</source>
        <translation>層の種類：パイプラインにドラッグするか、ダブルクリックで追加します</translation>
    </message>
    <message>
        <source>Show only layer kinds whose name or description contains this text</source>
        <translation>名前か説明にこの文字列を含む層の種類だけを表示します</translation>
    </message>
    <message>
        <source>{0} layers</source>
        <translation>{0}層</translation>
    </message>
</context>
<context>
    <name>ParamFields</name>
    <message>
        <source>&lt;br&gt;&lt;i&gt;{0} = null in the file&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;{0} = ファイルでは null&lt;/i&gt;</translation>
    </message>
    <message>
        <source>More ({0})</source>
        <translation>その他（{0}）</translation>
    </message>
    <message>
        <source>Show settings that rarely need changing: </source>
        <translation>めったに変更しない設定を表示：</translation>
    </message>
    <message>
        <source>Use a named setting or a number</source>
        <translation>名前付きの設定か数値を使います</translation>
    </message>
</context>
<context>
    <name>ParamLabels</name>
    <message>
        <source>alpha</source>
        <translation>α</translation>
    </message>
    <message>
        <source>augment</source>
        <translation>データ拡張</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>beta</source>
        <translation>β</translation>
    </message>
    <message>
        <source>beta1</source>
        <translation>β1</translation>
    </message>
    <message>
        <source>beta2</source>
        <translation>β2</translation>
    </message>
    <message>
        <source>clip norm</source>
        <translation>勾配クリップ</translation>
    </message>
    <message>
        <source>data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>早期終了</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>eps</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>フィルタ数</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>init</source>
        <translation>初期化</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>カーネルサイズ</translation>
    </message>
    <message>
        <source>label smoothing</source>
        <translation>ラベル平滑化</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>min lr</source>
        <translation>最小学習率</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>モーメンタム</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>プールサイズ</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>率</translation>
    </message>
    <message>
        <source>restore best</source>
        <translation>最良に戻す</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>ρ</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>std</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>ステップ幅</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>ストライド</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>units</source>
        <translation>ユニット数</translation>
    </message>
    <message>
        <source>use bias</source>
        <translation>バイアスを使う</translation>
    </message>
    <message>
        <source>val fraction</source>
        <translation>検証データの割合</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>重み減衰</translation>
    </message>
</context>
<context>
    <name>Params</name>
    <message>
        <source>L2 strength λ (on weight matrices)</source>
        <translation>L2 正則化の強さ λ（重み行列に適用）</translation>
    </message>
    <message>
        <source>add a learned bias b</source>
        <translation>学習されるバイアス b を加える</translation>
    </message>
    <message>
        <source>add a learned bias per filter</source>
        <translation>フィルタごとに学習されるバイアスを加える</translation>
    </message>
    <message>
        <source>added to the denominator</source>
        <translation>分母に加える値</translation>
    </message>
    <message>
        <source>added to the variance before the square root</source>
        <translation>平方根の前に分散へ加える値</translation>
    </message>
    <message>
        <source>channels in each window</source>
        <translation>各窓のチャネル数</translation>
    </message>
    <message>
        <source>clip the global gradient norm to this (null: no clipping)</source>
        <translation>勾配全体のノルムをこの値で切り詰める（null：切り詰めない）</translation>
    </message>
    <message>
        <source>constant added in the divisor</source>
        <translation>除数に加える定数</translation>
    </message>
    <message>
        <source>decay of the gradient average</source>
        <translation>勾配の平均の減衰率</translation>
    </message>
    <message>
        <source>decay of the squared-gradient average</source>
        <translation>勾配の二乗平均の減衰率</translation>
    </message>
    <message>
        <source>decay ρ of the squared-gradient average</source>
        <translation>勾配の二乗平均の減衰率 ρ</translation>
    </message>
    <message>
        <source>epochs between drops</source>
        <translation>学習率を下げる間隔（エポック）</translation>
    </message>
    <message>
        <source>exponent of the divisor</source>
        <translation>除数の指数</translation>
    </message>
    <message>
        <source>factor at each drop</source>
        <translation>下げるたびに掛ける係数</translation>
    </message>
    <message>
        <source>kernel height and width</source>
        <translation>カーネルの高さと幅</translation>
    </message>
    <message>
        <source>learning rate at the end</source>
        <translation>最後の学習率</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <source>mix targets with the uniform distribution</source>
        <translation>目標値に一様分布を混ぜる</translation>
    </message>
    <message>
        <source>number of kernels = output channels</source>
        <translation>カーネルの数 = 出力チャネル数</translation>
    </message>
    <message>
        <source>number of outputs</source>
        <translation>出力の数</translation>
    </message>
    <message>
        <source>passes over the training data</source>
        <translation>学習データを何周するか</translation>
    </message>
    <message>
        <source>samples per mini-batch</source>
        <translation>ミニバッチあたりのサンプル数</translation>
    </message>
    <message>
        <source>seed for weights, shuffling, dropout and augmentation</source>
        <translation>重み・シャッフル・ドロップアウト・データ拡張の乱数シード</translation>
    </message>
    <message>
        <source>share of inputs dropped</source>
        <translation>落とす入力の割合</translation>
    </message>
    <message>
        <source>share of the running statistics kept at each step</source>
        <translation>各ステップで移動統計量を残す割合</translation>
    </message>
    <message>
        <source>share of the training data held out for validation</source>
        <translation>検証用に取り分ける学習データの割合</translation>
    </message>
    <message>
        <source>slope for negative inputs</source>
        <translation>負の入力での傾き</translation>
    </message>
    <message>
        <source>standard deviation for init = normal</source>
        <translation>init = normal のときの標準偏差</translation>
    </message>
    <message>
        <source>step between kernel positions</source>
        <translation>カーネルの位置の間隔（ストライド）</translation>
    </message>
    <message>
        <source>step between windows; null = pool_size (windows do not overlap)</source>
        <translation>窓の間隔。null = pool_size（窓は重ならない）</translation>
    </message>
    <message>
        <source>stop after this many epochs without a better validation loss</source>
        <translation>検証損失が改善しないエポックがこの数続いたら停止</translation>
    </message>
    <message>
        <source>weight initialiser; auto = he before a ReLU-family activation, xavier otherwise</source>
        <translation>重みの初期化方法。auto = ReLU 系の活性化関数の前なら he、それ以外は xavier</translation>
    </message>
    <message>
        <source>weight of the summed squares</source>
        <translation>二乗和の重み</translation>
    </message>
    <message>
        <source>when early stopping ends training, put back the weights of the epoch with the lowest validation loss</source>
        <translation>早期終了で学習が終わったとき、検証損失が最も低かったエポックの重みに戻す</translation>
    </message>
    <message>
        <source>window height and width</source>
        <translation>窓の高さと幅</translation>
    </message>
    <message>
        <source>zeros added around the input on each side; "same" keeps H×W at stride 1</source>
        <translation>入力の各辺に加えるゼロ。"same" はストライド 1 で H×W を保つ</translation>
    </message>
    <message>
        <source>μ</source>
        <translation>μ</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>&lt;i&gt;Drag to reorder · Delete removes · Ctrl+D duplicates&lt;/i&gt;</source>
        <translation>&lt;i&gt;ドラッグで並べ替え · Delete で削除 · Ctrl+D で複製&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Browse data…</source>
        <translation>データを見る…</translation>
    </message>
    <message>
        <source>Data…</source>
        <translation>データ…</translation>
    </message>
    <message>
        <source>Drag layers here from the palette,
or double-click one to add it.</source>
        <translation>パレットから層をここへドラッグするか、
ダブルクリックで追加してください。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>See the samples and labels this network trains on, how many of each class, and the image size and value range after preprocessing, before any training</source>
        <translation>学習の前に、このネットワークが学習するサンプルとラベル、クラスごとの数、前処理後の画像サイズと値の範囲を確認します</translation>
    </message>
    <message>
        <source>The input samples and where they come from.&lt;br&gt;&lt;i&gt;Click to edit the input shape, data source, loss and training settings.&lt;/i&gt;</source>
        <translation>入力サンプルとその出所。&lt;br&gt;&lt;i&gt;クリックすると入力形状・データソース・損失・学習の設定を編集できます。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>What training minimises, computed on the last layer's output.&lt;br&gt;&lt;i&gt;Click to change the loss and the training settings.&lt;/i&gt;</source>
        <translation>学習が最小化するもの（最後の層の出力で計算）。&lt;br&gt;&lt;i&gt;クリックすると損失と学習の設定を変更できます。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>no data source set</source>
        <translation>データソース未設定</translation>
    </message>
    <message>
        <source>no weights</source>
        <translation>重みなし</translation>
    </message>
    <message>
        <source>per sample</source>
        <translation>1 サンプルあたり</translation>
    </message>
    <message>
        <source>unknown layer kind</source>
        <translation>不明な層の種類</translation>
    </message>
    <message>
        <source>{0:,} parameters, {1:,} multiply-adds per sample</source>
        <translation>パラメータ {0:,} 個、1 サンプルあたりの積和 {1:,} 回</translation>
    </message>
    <message>
        <source>{0} params</source>
        <translation>パラメータ {0}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source> Train offers to download it.</source>
        <translation> 学習時にダウンロードを提案します。</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>データソース</translation>
    </message>
    <message>
        <source>Data source — {0}</source>
        <translation>データソース — {0}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Everything that stops this network from training; click one to go to it</source>
        <translation>このネットワークの学習を妨げるすべての問題。クリックするとその場所へ移動します</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Layer {0} · {1}</source>
        <translation>層 {0} · {1}</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>No problems: the network is ready to train.</source>
        <translation>問題はありません：ネットワークは学習できます。</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>NetBuilder did not close normally last time. A copy of “{0}” with unsaved changes was kept, saved {1}.

Restore it?</source>
        <translation>前回 NetBuilder は正常に終了しませんでした。未保存の変更を含む「{0}」のコピーが残っています（{1} に保存）。

復元しますか？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>未保存の作業を復元しますか？</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>Could not save the weights to {0}: {1}</source>
        <translation>重みを {0} に保存できませんでした：{1}</translation>
    </message>
    <message>
        <source>Learning rate set to {0:g}</source>
        <translation>学習率を {0:g} にしました</translation>
    </message>
    <message>
        <source>Load weights into a network: start training (it may start paused) first.</source>
        <translation>重みはネットワークに読み込みます：先に学習を開始してください（一時停止で始めてもかまいません）。</translation>
    </message>
    <message>
        <source>No data source: choose one (for example builtin:shapes) before training.</source>
        <translation>データソースがありません：学習の前に選んでください（例：builtin:shapes）。</translation>
    </message>
    <message>
        <source>Recording run {0} stopped: {1}</source>
        <translation>実行 {0} の記録が止まりました：{1}</translation>
    </message>
    <message>
        <source>Reset: training went on from fresh weights as a new run</source>
        <translation>リセット：新しい重みから新しい実行として学習を続けました</translation>
    </message>
    <message>
        <source>The data does not fit the network: {0}</source>
        <translation>データがネットワークに合いません：{0}</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number, not {0}.</source>
        <translation>学習率は正の数でなければなりません（{0} は不可）。</translation>
    </message>
    <message>
        <source>The network cannot be built: {0}</source>
        <translation>ネットワークを構築できません：{0}</translation>
    </message>
    <message>
        <source>There are no weights to save yet: train the network or load weights first.</source>
        <translation>まだ保存する重みがありません：先にネットワークを学習するか、重みを読み込んでください。</translation>
    </message>
    <message>
        <source>These weights do not fit the network: {0}</source>
        <translation>この重みはネットワークに合いません：{0}</translation>
    </message>
    <message>
        <source>This run is not recorded in the run history: {0}</source>
        <translation>この実行は実行履歴に記録されません：{0}</translation>
    </message>
    <message>
        <source>Weights loaded from {0}</source>
        <translation>{0} から重みを読み込みました</translation>
    </message>
    <message>
        <source>Weights saved to {0}</source>
        <translation>重みを {0} に保存しました</translation>
    </message>
    <message>
        <source>binary_cross_entropy needs 2 classes and 1 output; the data has {0} classes and the network {1} outputs</source>
        <translation>binary_cross_entropy には 2 クラスと出力 1 個が必要ですが、データは {0} クラス、ネットワークの出力は {1} 個です</translation>
    </message>
    <message>
        <source>no data source: choose one (for example builtin:shapes) before training</source>
        <translation>データソースがありません：学習の前に選んでください（例：builtin:shapes）</translation>
    </message>
    <message>
        <source>the data gives samples of shape {0} but the network expects {1}</source>
        <translation>データのサンプルの形状は {0} ですが、ネットワークは {1} を想定しています</translation>
    </message>
    <message>
        <source>the network ends with {0} outputs but the data has {1} classes</source>
        <translation>ネットワークの出力は {0} 個ですが、データは {1} クラスです</translation>
    </message>
    <message>
        <source>the window was closed during training</source>
        <translation>学習中にウィンドウが閉じられました</translation>
    </message>
</context>
<context>
    <name>RunBinding</name>
    <message>
        <source> (run #{0} in the run history).</source>
        <translation>（実行履歴の実行 #{0}）。</translation>
    </message>
    <message>
        <source>: the run goes on as it started; the edit applies to the next run.</source>
        <translation>：実行は開始時のまま続きます。編集は次の実行から適用されます。</translation>
    </message>
    <message>
        <source>Cancel keeps it (Run ▸ Save Weights keeps a copy).</source>
        <translation>キャンセルすると残ります（実行 ▸ 重みを保存 でコピーを残せます）。</translation>
    </message>
    <message>
        <source>Cannot load weights</source>
        <translation>重みを読み込めません</translation>
    </message>
    <message>
        <source>Cannot save weights</source>
        <translation>重みを保存できません</translation>
    </message>
    <message>
        <source>Choose Cancel to undo the edit and keep the trained network (Run ▸ Save Weights keeps a copy).</source>
        <translation>キャンセルを選ぶと編集を取り消し、学習済みネットワークを残します（実行 ▸ 重みを保存 でコピーを残せます）。</translation>
    </message>
    <message>
        <source>Discard trained weights?</source>
        <translation>学習済みの重みを破棄しますか？</translation>
    </message>
    <message>
        <source>Edit undone: the trained network is kept.</source>
        <translation>編集を取り消しました：学習済みネットワークは残っています。</translation>
    </message>
    <message>
        <source>Fix the network's problems first.</source>
        <translation>先にネットワークの問題を修正してください。</translation>
    </message>
    <message>
        <source>No weights to save</source>
        <translation>保存する重みがありません</translation>
    </message>
    <message>
        <source>The trained network is discarded when another network replaces this one.</source>
        <translation>別のネットワークに置き換えると、学習済みネットワークは破棄されます。</translation>
    </message>
    <message>
        <source>The trained weights are discarded too (Run ▸ Save Weights keeps a copy).</source>
        <translation>学習済みの重みも破棄されます（実行 ▸ 重みを保存 でコピーを残せます）。</translation>
    </message>
    <message>
        <source>The trained weights still fit this network (no layer with weights changed)</source>
        <translation>学習済みの重みはまだこのネットワークに合います（重みを持つ層は変わっていません）</translation>
    </message>
    <message>
        <source>The weights trained so far are discarded; use Run ▸ Save Weights first to keep them.</source>
        <translation>これまでに学習した重みは破棄されます。残すには先に 実行 ▸ 重みを保存 を使ってください。</translation>
    </message>
    <message>
        <source>The weights were not loaded; the network is unchanged.</source>
        <translation>重みは読み込まれませんでした。ネットワークは変わりません。</translation>
    </message>
    <message>
        <source>The weights were not saved.</source>
        <translation>重みは保存されませんでした。</translation>
    </message>
    <message>
        <source>There are no trained weights yet.</source>
        <translation>まだ学習済みの重みがありません。</translation>
    </message>
    <message>
        <source>This edit changes the network's architecture, so the network being trained no longer matches it. Stop training and discard the trained weights?</source>
        <translation>この編集はネットワークの構造を変えるため、学習中のネットワークと合わなくなります。学習を停止して学習済みの重みを破棄しますか？</translation>
    </message>
    <message>
        <source>This edit changes the network's architecture: the trained weights no longer fit it. Discard the trained weights?</source>
        <translation>この編集はネットワークの構造を変えます：学習済みの重みは合わなくなります。学習済みの重みを破棄しますか？</translation>
    </message>
    <message>
        <source>Train again?</source>
        <translation>もう一度学習しますか？</translation>
    </message>
    <message>
        <source>Train the network (or load weights) first.</source>
        <translation>先にネットワークを学習してください（または重みを読み込んでください）。</translation>
    </message>
    <message>
        <source>Train the network again from fresh weights?</source>
        <translation>新しい重みからネットワークをもう一度学習しますか？</translation>
    </message>
    <message>
        <source>Training diverged: see the message above the plots.</source>
        <translation>学習が発散しました：グラフの上のメッセージを見てください。</translation>
    </message>
    <message>
        <source>Training finished: test accuracy {0:.1f} %, test loss {1:.4f}. See the Results tab.</source>
        <translation>学習が終了しました：テスト正解率 {0:.1f} %、テスト損失 {1:.4f}。結果タブを見てください。</translation>
    </message>
    <message>
        <source>Training is already running: stop it first.</source>
        <translation>すでに学習中です：先に停止してください。</translation>
    </message>
    <message numerus="yes">
        <source>Training on for %n more epoch(s) from the current weights</source>
        <translation>
            <numerusform>現在の重みからさらに %n エポック学習します</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights are loaded into a network that can be built.</source>
        <translation>重みは構築できるネットワークにだけ読み込めます。</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>  the same</source>
        <translation>  同じ</translation>
    </message>
    <message>
        <source>  the same ({0})</source>
        <translation>  同じ（{0}）</translation>
    </message>
    <message>
        <source> (hash {0})</source>
        <translation>（ハッシュ {0}）</translation>
    </message>
    <message>
        <source> (layers with {0}: {1})</source>
        <translation>（{0} を持つ層：{1}）</translation>
    </message>
    <message>
        <source>"{0}" cannot be varied: nothing is declared under {1}</source>
        <translation>"{0}" は変えられません：{1} の下には何も宣言されていません</translation>
    </message>
    <message>
        <source>"{0}" is not a hidden activation{1}; choose from {2}</source>
        <translation>"{0}" は隠れ層の活性化関数ではありません{1}。次から選んでください：{2}</translation>
    </message>
    <message numerus="yes">
        <source>%n local worker process(es), one BLAS thread each</source>
        <translation>
            <numerusform>ローカルのワーカープロセス %n 個（それぞれ BLAS スレッド一つ）</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>--executor "{0}": expected local or dask://HOST:PORT</source>
        <translation>--executor "{0}": local か dask://HOST:PORT を指定してください</translation>
    </message>
    <message>
        <source>--executor dask://{0}: expected dask://HOST:PORT, e.g. dask://10.0.0.5:8786</source>
        <translation>--executor dask://{0}: dask://HOST:PORT の形で指定してください。例：dask://10.0.0.5:8786</translation>
    </message>
    <message>
        <source>--executor dask://… needs Dask's distributed package, which is not installed; install it with: pip install 'netbuilder[cluster]'</source>
        <translation>--executor dask://… には Dask の distributed パッケージが必要ですが、インストールされていません。次でインストールしてください：pip install 'netbuilder[cluster]'</translation>
    </message>
    <message numerus="yes">
        <source>Dask cluster at {0} (%n worker(s))</source>
        <translation>
            <numerusform>{0} の Dask クラスタ（ワーカー %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>データ：</translation>
    </message>
    <message>
        <source>Loss · {0}</source>
        <translation>損失 · {0}</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク：</translation>
    </message>
    <message>
        <source>Optimizer · type</source>
        <translation>最適化手法 · type</translation>
    </message>
    <message>
        <source>Optimizer · {0}</source>
        <translation>最適化手法 · {0}</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Run {0}: {1}</source>
        <translation>実行 {0}：{1}</translation>
    </message>
    <message>
        <source>Training settings:</source>
        <translation>学習の設定：</translation>
    </message>
    <message>
        <source>Training · {0}</source>
        <translation>学習 · {0}</translation>
    </message>
    <message>
        <source>[{0}]: only layers are numbered</source>
        <translation>[{0}]: 番号で指定できるのは層だけです</translation>
    </message>
    <message>
        <source>a seed is listed twice</source>
        <translation>同じシードが二度あります</translation>
    </message>
    <message>
        <source>at least one seed is needed</source>
        <translation>シードが少なくとも一つ必要です</translation>
    </message>
    <message>
        <source>cannot reach the Dask scheduler at {0} within {1} ({2}); is `dask scheduler` running there and the port open?</source>
        <translation>{1} 以内に {0} の Dask スケジューラにつながりません（{2}）。そこで `dask scheduler` が動いていて、ポートが開いていますか？</translation>
    </message>
    <message>
        <source>data options are written data.OPTION, e.g. data.standardize</source>
        <translation>データのオプションは data.OPTION と書きます。例：data.standardize</translation>
    </message>
    <message>
        <source>early stopping restored the weights of epoch {0}</source>
        <translation>早期終了でエポック {0} の重みに戻しました</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>has an empty part (two dots, or a leading dot)</source>
        <translation>空の部分があります（ドットが二つ続くか、先頭がドット）</translation>
    </message>
    <message>
        <source>has no hidden activation layer to swap</source>
        <translation>置き換える隠れ層の活性化関数がありません</translation>
    </message>
    <message>
        <source>images/s</source>
        <translation>画像/秒</translation>
    </message>
    <message>
        <source>is empty or ends with a dot</source>
        <translation>空か、ドットで終わっています</translation>
    </message>
    <message>
        <source>is not a path like training.optimizer.lr or layers[0].filters (stuck at "{0}")</source>
        <translation>training.optimizer.lr や layers[0].filters のようなパスではありません（"{0}" で行き詰まりました）</translation>
    </message>
    <message>
        <source>layer {0} {1}</source>
        <translation>層 {0} {1}</translation>
    </message>
    <message>
        <source>layer {0} → {1} {2}: {3}</source>
        <translation>層 {0} → {1} {2}：{3}</translation>
    </message>
    <message>
        <source>layers[{0}] ({1})</source>
        <translation>layers[{0}]（{1}）</translation>
    </message>
    <message>
        <source>loss ("{0}")</source>
        <translation>損失（"{0}"）</translation>
    </message>
    <message>
        <source>multiply-adds</source>
        <translation>積和演算</translation>
    </message>
    <message>
        <source>name one setting of one layer, e.g. layers[0].filters</source>
        <translation>一つの層の一つの設定を指定してください。例：layers[0].filters</translation>
    </message>
    <message>
        <source>needs a "." before "{0}"</source>
        <translation>"{0}" の前に "." が必要です</translation>
    </message>
    <message>
        <source>netbuilder: no longer recording into the run history: {0}</source>
        <translation>netbuilder: 実行履歴への記録をやめました：{0}</translation>
    </message>
    <message>
        <source>netbuilder: not recording this sweep in the run history: {0}</source>
        <translation>netbuilder: このスイープは実行履歴に記録しません：{0}</translation>
    </message>
    <message>
        <source>no data source: give --data SPEC or add "data" to the file</source>
        <translation>データソースがありません：--data SPEC を指定するか、ファイルに "data" を加えてください</translation>
    </message>
    <message>
        <source>no network files given</source>
        <translation>ネットワークファイルが指定されていません</translation>
    </message>
    <message>
        <source>no run {0} in {1}</source>
        <translation>{1} に実行 {0} はありません</translation>
    </message>
    <message>
        <source>no run {0} in {1} (see `netbuilder runs list`)</source>
        <translation>{1} に実行 {0} はありません（`netbuilder runs list` を参照）</translation>
    </message>
    <message>
        <source>no study "{0}"{1}; the studies are: {2}</source>
        <translation>実験 "{0}" はありません{1}。実験は次のとおりです：{2}</translation>
    </message>
    <message>
        <source>no values given (write PATH=V1,V2)</source>
        <translation>値がありません（PATH=V1,V2 と書いてください）</translation>
    </message>
    <message>
        <source>not a study file (format "netbuilder.study"; unknown keys: {0})</source>
        <translation>実験のファイルではありません（形式 "netbuilder.study"。不明なキー：{0}）</translation>
    </message>
    <message>
        <source>on the Dask cluster: {0}: {1}</source>
        <translation>Dask クラスタ上で：{0}: {1}</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <source>pick a layer by number, e.g. layers[0].filters</source>
        <translation>層を番号で選んでください。例：layers[0].filters</translation>
    </message>
    <message>
        <source>run {0}</source>
        <translation>実行 {0}</translation>
    </message>
    <message>
        <source>run {0} has no {1} recorded</source>
        <translation>実行 {0} には {1} が記録されていません</translation>
    </message>
    <message>
        <source>run {0} is still running; stop it first</source>
        <translation>実行 {0} はまだ実行中です。先に停止してください</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>テスト正解率</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>テスト損失</translation>
    </message>
    <message>
        <source>the network document</source>
        <translation>ネットワーク文書</translation>
    </message>
    <message>
        <source>the worker process died (exit code {0}) during this run</source>
        <translation>この実行の途中でワーカープロセスが終了しました（終了コード {0}）</translation>
    </message>
    <message>
        <source>there is no layers[{0}]: the network has {1} layers (layers[0] to layers[{2}])</source>
        <translation>layers[{0}] はありません：ネットワークの層は {1} 個です（layers[0] から layers[{2}]）</translation>
    </message>
    <message>
        <source>training.{0} ("{1}")</source>
        <translation>training.{0}（"{1}"）</translation>
    </message>
    <message>
        <source>{0!r} is not a run id (run ids are numbers; see `netbuilder runs list`)</source>
        <translation>{0!r} は実行 ID ではありません（実行 ID は数値です。`netbuilder runs list` を参照）</translation>
    </message>
    <message>
        <source>{0} (in {1})</source>
        <translation>{0}（{1} 内）</translation>
    </message>
    <message>
        <source>{0} already holds a sweep; add --resume to continue it, or give another --out</source>
        <translation>{0} にはすでにスイープがあります。続けるには --resume を付けるか、別の --out を指定してください</translation>
    </message>
    <message>
        <source>{0} has no setting "{1}"{2}{3}; it has: {4}</source>
        <translation>{0} に設定 "{1}" はありません{2}{3}。あるのは：{4}</translation>
    </message>
    <message>
        <source>{0} holds a different sweep (other files, values, seeds or data); --resume needs the same arguments as the first time, or give another --out</source>
        <translation>{0} には別のスイープがあります（ファイル、値、シード、データのいずれかが違います）。--resume には最初と同じ引数が必要です。または別の --out を指定してください</translation>
    </message>
    <message>
        <source>{0} is not JSON</source>
        <translation>{0} は JSON ではありません</translation>
    </message>
    <message>
        <source>{0} is not a sweep folder (no {1}); nothing to resume</source>
        <translation>{0} はスイープのフォルダではありません（{1} がありません）。再開するものがありません</translation>
    </message>
    <message>
        <source>{0}: an SQLite database, but not a NetBuilder run store</source>
        <translation>{0}: SQLite データベースですが、NetBuilder の実行記録ではありません</translation>
    </message>
    <message>
        <source>{0}: another process kept the run store locked too long ({1}); nothing was changed. Try again.</source>
        <translation>{0}: 別のプロセスが実行履歴のデータベースを長くロックしています（{1}）。何も変更していません。もう一度試してください。</translation>
    </message>
    <message>
        <source>{0}: cannot be opened ({1})</source>
        <translation>{0}: 開けません（{1}）</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1}); give another --out</source>
        <translation>{0}: 読めません（{1}）。別の --out を指定してください</translation>
    </message>
    <message>
        <source>{0}: cannot be read as JSON ({1})</source>
        <translation>{0}: JSON として読めません（{1}）</translation>
    </message>
    <message>
        <source>{0}: is a folder, not a run store</source>
        <translation>{0}: フォルダです。実行記録ではありません</translation>
    </message>
    <message>
        <source>{0}: not a readable run store ({1}); nothing was changed</source>
        <translation>{0}: 読める実行記録ではありません（{1}）。何も変更していません</translation>
    </message>
    <message>
        <source>{0}: the file changed since it was recorded (checksum differs)</source>
        <translation>{0}: 記録の後でファイルが変わりました（チェックサムが違います）</translation>
    </message>
    <message>
        <source>{0}: the run store is damaged ({1}); nothing was changed. Move it aside to start a new one.</source>
        <translation>{0}: 実行記録が壊れています（{1}）。何も変更していません。別の場所へ移すと新しく始められます。</translation>
    </message>
    <message>
        <source>{0}: the run's file is missing</source>
        <translation>{0}: 実行のファイルがありません</translation>
    </message>
    <message>
        <source>{0}: written by a newer NetBuilder (store version {1}; this version reads up to {2}); nothing was changed. Update NetBuilder.</source>
        <translation>{0}: より新しい NetBuilder で書かれています（記録のバージョン {1}。このバージョンが読めるのは {2} まで）。何も変更していません。NetBuilder を更新してください。</translation>
    </message>
</context>
<context>
    <name>RunsCompareView</name>
    <message>
        <source>Accuracy per epoch</source>
        <translation>エポックごとの正解率</translation>
    </message>
    <message>
        <source>Dashed: training, solid: validation. Hover a curve to see its run.</source>
        <translation>破線：学習、実線：検証。曲線にカーソルを合わせるとその実行を表示します。</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>エポックごとの損失</translation>
    </message>
    <message>
        <source>Select runs in the table to overlay their curves (dashed: training, solid: validation).</source>
        <translation>表で実行を選ぶと曲線を重ねて表示します（破線：学習、実線：検証）。</translation>
    </message>
    <message>
        <source>The two selected runs' differences and outcomes, in a window of their own</source>
        <translation>選択した二つの実行の違いと結果を、別ウィンドウで表示します</translation>
    </message>
    <message>
        <source>What differs between </source>
        <translation>違い：</translation>
    </message>
    <message>
        <source>What differs between the two selected runs, then their outcomes side by side</source>
        <translation>選択した二つの実行の違いと、それぞれの結果を並べて表示します</translation>
    </message>
    <message>
        <source>What differs…</source>
        <translation>違いを見る…</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>正解率 (%)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>training {0}</source>
        <translation>学習 {0}</translation>
    </message>
    <message>
        <source>validation {0}</source>
        <translation>検証 {0}</translation>
    </message>
    <message>
        <source>{0} — {1}: {2} {3} at epoch {4}</source>
        <translation>{0} — {1}：エポック {4} で {2} {3}</translation>
    </message>
</context>
<context>
    <name>RunsHistory</name>
    <message>
        <source>Cannot open this run</source>
        <translation>この実行を開けません</translation>
    </message>
    <message>
        <source>Cannot open this run yet</source>
        <translation>この実行はまだ開けません</translation>
    </message>
    <message>
        <source>Every training run is kept here. Train the network to record the first one; `netbuilder runs list` shows the same history in a terminal.</source>
        <translation>すべての学習の実行がここに残ります。ネットワークを学習すると最初の実行が記録されます。`netbuilder runs list` で同じ履歴を端末に表示できます。</translation>
    </message>
    <message>
        <source>Its weights are recorded when it ends.</source>
        <translation>重みは終了時に記録されます。</translation>
    </message>
    <message>
        <source>Run #{0} ({1}) is open: its network, recorded weights and results. Train continues from them as a new run.</source>
        <translation>実行 #{0}（{1}）を開きました：ネットワーク、記録された重み、結果。学習すると新しい実行としてそこから続けます。</translation>
    </message>
    <message>
        <source>Run #{0} cannot be opened.</source>
        <translation>実行 #{0} は開けません。</translation>
    </message>
    <message>
        <source>Run #{0} is still training.</source>
        <translation>実行 #{0} はまだ学習中です。</translation>
    </message>
    <message>
        <source>Run #{0} recorded no weights ({1}): its network is open.</source>
        <translation>実行 #{0} は重みを記録していません（{1}）：ネットワークだけを開きました。</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>Show or hide the run history: every run kept, compared side by side (Ctrl+4)</source>
        <translation>実行履歴の表示／非表示：記録したすべての実行を並べて比較します (Ctrl+4)</translation>
    </message>
    <message>
        <source>The run history cannot be opened: {0}</source>
        <translation>実行履歴を開けません：{0}</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source> Running runs are kept.</source>
        <translation> 実行中のものは残します。</translation>
    </message>
    <message>
        <source> — varied: {0}</source>
        <translation> — 変えた設定：{0}</translation>
    </message>
    <message>
        <source>, {0} running</source>
        <translation>、{0} 件実行中</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>すべての実行</translation>
    </message>
    <message>
        <source>Choose a sweep in the Sweep box to see its spread and means ± sd</source>
        <translation>スイープ欄でスイープを選ぶと、ばらつきと平均 ± 標準偏差を表示します</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) ({0}) and their files?</source>
        <translation>
            <numerusform>%n 件の実行（{0}）とそのファイルを削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete runs?</source>
        <translation>実行を削除しますか？</translation>
    </message>
    <message>
        <source>Delete the selected runs and their files from the run history</source>
        <translation>選択した実行とそのファイルを実行履歴から削除します</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open in Lab</source>
        <translation>ラボで開く</translation>
    </message>
    <message>
        <source>Open the selected run: its network as a new document, its weights and results</source>
        <translation>選択した実行を開きます：ネットワークを新しい文書として、重みと結果も</translation>
    </message>
    <message>
        <source>Open the selected runs in the Lab, beside this window's network: sweep the same weight in each to compare them on one chart</source>
        <translation>選択した実行を、このウィンドウのネットワークと並べてラボで開きます。それぞれで同じ重みを掃引すると、1つのグラフで比較できます</translation>
    </message>
    <message>
        <source>Read the run history again (runs recorded by other windows or the terminal)</source>
        <translation>実行履歴を読み直します（他のウィンドウや端末で記録された実行）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Search runs: name, setting value, tag, status…</source>
        <translation>実行を検索：名前、設定値、タグ、状態…</translation>
    </message>
    <message>
        <source>Select one or more runs (Ctrl/Shift-click) to compare them; double-click opens one</source>
        <translation>実行を一つ以上選ぶと比較します（Ctrl/Shift-クリック）。ダブルクリックで開きます</translation>
    </message>
    <message>
        <source>Show one sweep's runs, its spread plot and its table of means ± sd</source>
        <translation>一つのスイープの実行、ばらつきのグラフ、平均 ± 標準偏差の表を表示します</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>スイープ</translation>
    </message>
    <message>
        <source>Sweep: {0} ({1} runs{2})</source>
        <translation>スイープ：{0}（{1} 件{2}）</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>{0} of {1} runs</source>
        <translation>{1} 件中 {0} 件の実行</translation>
    </message>
    <message>
        <source>{0} runs</source>
        <translation>{0} 件の実行</translation>
    </message>
</context>
<context>
    <name>RunsTableModel</name>
    <message>
        <source> (early stop)</source>
        <translation>（早期終了）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>スイープ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Test acc</source>
        <translation>テスト正解率</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>{0}: differs between the listed runs</source>
        <translation>{0}：一覧の実行の間で異なります</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source>"{0}" is not a known choice</source>
        <translation>"{0}" は既知の選択肢ではありません</translation>
    </message>
    <message>
        <source>&lt;p style='white-space:pre'&gt;Where the samples come from, as a SPEC:&lt;br&gt;&lt;tt&gt;{0}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style='white-space:pre'&gt;サンプルの出所（SPEC 形式）：&lt;br&gt;&lt;tt&gt;{0}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Augment training images with "{0}" (images only)</source>
        <translation>学習画像を "{0}" で拡張します（画像のみ）</translation>
    </message>
    <message>
        <source>Built-in (no files)</source>
        <translation>内蔵（ファイル不要）</translation>
    </message>
    <message>
        <source>Choose a built-in set, a file or a folder</source>
        <translation>内蔵セット、ファイル、フォルダのいずれかを選びます</translation>
    </message>
    <message>
        <source>Early stopping: training ends after that many epochs without a lower validation loss; restore best then puts back the best epoch's weights.</source>
        <translation>早期終了：検証損失が下がらないエポックがその数続くと学習を終えます。restore best を有効にすると最良のエポックの重みに戻します。</translation>
    </message>
    <message>
        <source>Free text saved with the network</source>
        <translation>ネットワークと一緒に保存する自由記述</translation>
    </message>
    <message>
        <source>Input &amp; data</source>
        <translation>入力とデータ</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学習率スケジュール</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>ネットワークの設定</translation>
    </message>
    <message>
        <source>One sample's shape: channels × height × width for images, or a single number of features</source>
        <translation>1 サンプルの形状：画像ならチャネル × 高さ × 幅、それ以外は特徴の数一つ</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>Select a layer to edit it; these apply to the whole network.</source>
        <translation>層を選ぶとその層を編集できます。ここの設定はネットワーク全体に適用されます。</translation>
    </message>
    <message>
        <source>The network's name, shown in the title bar and in reports</source>
        <translation>タイトルバーとレポートに表示するネットワークの名前</translation>
    </message>
    <message>
        <source>The {0}; each choice's formula shows on hover</source>
        <translation>{0}。カーソルを合わせると各選択肢の式を表示します</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>What this network is for (optional)</source>
        <translation>このネットワークの目的（任意）</translation>
    </message>
    <message>
        <source>Which {0}</source>
        <translation>どの{0}</translation>
    </message>
    <message>
        <source>e.g. 1 × 28 × 28 or 784</source>
        <translation>例：1 × 28 × 28 または 784</translation>
    </message>
    <message>
        <source>input shape</source>
        <translation>入力形状</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>学習率スケジュール</translation>
    </message>
    <message>
        <source>write the shape as numbers, e.g. 1 × 28 × 28 or 784</source>
        <translation>形状は数値で書いてください。例：1 × 28 × 28 または 784</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source> Choose another data source in the network settings.</source>
        <translation> ネットワークの設定で別のデータソースを選んでください。</translation>
    </message>
    <message>
        <source> Train offers to download it.</source>
        <translation> 学習時にダウンロードを提案します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}{1}&lt;/b&gt; parameters &amp;nbsp;·&amp;nbsp; &lt;b&gt;{2}{3}&lt;/b&gt; multiply-adds/sample &amp;nbsp;·&amp;nbsp; &lt;b&gt;{4}{5}&lt;/b&gt; weights</source>
        <translation>パラメータ &lt;b&gt;{0}{1}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; 積和 &lt;b&gt;{2}{3}&lt;/b&gt;/サンプル &amp;nbsp;·&amp;nbsp; 重み &lt;b&gt;{4}{5}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A run is under way; edits to the network apply to the next run</source>
        <translation>実行中です。ネットワークの編集は次の実行から適用されます</translation>
    </message>
    <message>
        <source>Show the Problems panel</source>
        <translation>問題パネルを表示</translation>
    </message>
    <message>
        <source>The loss became NaN or infinite: lower the learning rate and Resume</source>
        <translation>損失が NaN か無限大になりました：学習率を下げて再開してください</translation>
    </message>
    <message>
        <source>The network is valid and its data is on this computer</source>
        <translation>ネットワークは有効で、データもこのコンピュータにあります</translation>
    </message>
    <message>
        <source>The run is loading its data and building the network</source>
        <translation>データを読み込み、ネットワークを構築しています</translation>
    </message>
    <message>
        <source>The run is paused: Resume, Step or Stop it</source>
        <translation>一時停止中です：再開、1 ステップ、停止を選べます</translation>
    </message>
    <message>
        <source>Totals over the layers whose shapes are known:
trainable parameters · multiply-adds per sample (forward pass) · weight memory (float32)</source>
        <translation>形状が分かっている層の合計：
学習可能なパラメータ · 1 サンプルあたりの積和（順伝播） · 重みのメモリ（float32）</translation>
    </message>
    <message>
        <source>● Loading data…</source>
        <translation>● データを読み込み中…</translation>
    </message>
    <message>
        <source>● Training</source>
        <translation>● 学習中</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ 問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Diverged</source>
        <translation>⚠ 発散</translation>
    </message>
    <message>
        <source>⚠ Needs {0}</source>
        <translation>⚠ {0} が必要</translation>
    </message>
    <message>
        <source>⚠ Too big to train</source>
        <translation>⚠ 大きすぎて学習できません</translation>
    </message>
    <message>
        <source>✓ Ready to train</source>
        <translation>✓ 学習できます</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ 一時停止中</translation>
    </message>
</context>
<context>
    <name>Studies</name>
    <message>
        <source>Depth × activation: sigmoid against ReLU with 3 to 6 hidden layers</source>
        <translation>深さ × 活性化関数：隠れ層 3〜6 層でのシグモイドと ReLU の比較</translation>
    </message>
    <message>
        <source>Fully connected nets with 3, 4, 5 and 6 hidden layers (150-100-50-30-15-10 units, as in the write-up), every hidden activation sigmoid or ReLU, inputs scaled to [0, 1] or standardised, 5 seeds each. On CIFAR-10 airplane vs ship a single 6-layer ReLU run on [0, 1] inputs can lose every unit in the first epoch and sit at 50 %; the spread over seeds and the dead-unit count show whether that is the rule or bad luck.</source>
        <translation>隠れ層が 3・4・5・6 層の全結合ネットワーク（解説記事と同じ 150-100-50-30-15-10 ユニット）で、隠れ層の活性化関数はすべてシグモイドまたは ReLU、入力は [0, 1] に縮尺するか標準化、それぞれシード 5 個。CIFAR-10 の飛行機と船の課題では、[0, 1] 入力の 6 層 ReLU の実行が 1 回だけだと最初のエポックですべてのユニットが死に、50 % のまま止まることがあります。シード間のばらつきと死んだユニットの数を見れば、それが常なのか運が悪かっただけなのかが分かります。</translation>
    </message>
    <message>
        <source>Seed spread: how much does one run tell you?</source>
        <translation>シードのばらつき：1 回の実行で何が分かるか？</translation>
    </message>
    <message>
        <source>Targets: training towards (1, 0), (0.9, 0.1) and (0.7, 0.3)</source>
        <translation>目標値：(1, 0)、(0.9, 0.1)、(0.7, 0.3) に向けた学習</translation>
    </message>
    <message>
        <source>The airplane/ship CNN trained with 10 seeds and nothing else changed. The seed sets the initial weights, the shuffling, dropout and augmentation (and for built-in sets the generated data): the spread between seeds is the noise any single comparison has to beat.</source>
        <translation>飛行機／船の CNN を、他は何も変えずにシード 10 個で学習します。シードは初期の重み、シャッフル、ドロップアウト、データ拡張（内蔵セットでは生成データも）を決めます：シード間のばらつきは、どんな比較も上回らなければならないノイズです。</translation>
    </message>
    <message>
        <source>The airplane/ship CNN trained with label smoothing 0, 0.2 and 0.6, which on two classes turns the one-hot target (1, 0) into (0.9, 0.1) and (0.7, 0.3); 5 seeds each. One write-up tried all three on a 2-class problem and found (1, 0) best. On the 4-class built-in shapes the same smoothing gives (0.85, 0.05, 0.05, 0.05) and (0.55, 0.15, 0.15, 0.15).</source>
        <translation>飛行機／船の CNN をラベル平滑化 0、0.2、0.6 で学習します。2 クラスでは ワンホットの目標値 (1, 0) が (0.9, 0.1) と (0.7, 0.3) になります。それぞれシード 5 個。ある解説記事は 2 クラスの問題で三つすべてを試し、(1, 0) が最良でした。4 クラスの内蔵図形データでは、同じ平滑化で (0.85, 0.05, 0.05, 0.05) と (0.55, 0.15, 0.15, 0.15) になります。</translation>
    </message>
    <message>
        <source>pixels scaled to [0, 1] (the CNN file's own setting)</source>
        <translation>画素を [0, 1] に縮尺（CNN のファイル自身の設定）</translation>
    </message>
    <message>
        <source>standardize=0: pixels scaled to [0, 1], as in the write-ups; standardize=1: each channel standardised with the training set's mean and standard deviation</source>
        <translation>standardize=0：解説記事と同じく画素を [0, 1] に縮尺。standardize=1：各チャネルを学習データの平均と標準偏差で標準化</translation>
    </message>
</context>
<context>
    <name>SweepActions</name>
    <message>
        <source>Repeat with N Seeds…</source>
        <translation>N 個のシードで繰り返す…</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Sweep…</source>
        <translation>スイープ…</translation>
    </message>
    <message>
        <source>Train the open network over seeds, up to two settings and hidden activations</source>
        <translation>開いているネットワークを、シード、最大二つの設定、隠れ層の活性化関数を変えて学習します</translation>
    </message>
    <message>
        <source>Train the open network with several seeds in the background and show the spread</source>
        <translation>開いているネットワークを複数のシードでバックグラウンド学習し、ばらつきを表示します</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message numerus="yes">
        <source> %n run(s) failed, e.g.: {0}</source>
        <translation>
            <numerusform> %n 件の実行が失敗しました。例：{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s)</source>
        <translation>
            <numerusform>%n 構成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 件の実行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n シード</numerusform>
        </translation>
    </message>
    <message>
        <source>%v / %m runs</source>
        <translation>%v / %m 件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelled: the finished runs are kept.</source>
        <translation>キャンセルしました：終了した実行は残します。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Data: {0}</source>
        <translation>データ：{0}</translation>
    </message>
    <message>
        <source>Each configuration is trained with seeds 0 … N−1 (weights, shuffling, dropout).</source>
        <translation>各構成をシード 0 … N−1（重み、シャッフル、ドロップアウト）で学習します。</translation>
    </message>
    <message>
        <source>Epochs per run</source>
        <translation>実行あたりのエポック数</translation>
    </message>
    <message>
        <source>Hidden activations</source>
        <translation>隠れ層の活性化関数</translation>
    </message>
    <message>
        <source>No data source: choose one in the inspector first.</source>
        <translation>データソースがありません：先にインスペクタで選んでください。</translation>
    </message>
    <message>
        <source>Parallel runs</source>
        <translation>並列実行数</translation>
    </message>
    <message>
        <source>Repeat “{0}” with several seeds</source>
        <translation>「{0}」を複数のシードで繰り返す</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Starting the worker processes…</source>
        <translation>ワーカープロセスを起動中…</translation>
    </message>
    <message>
        <source>Stop the runs in progress after their current batch; finished runs are kept.</source>
        <translation>実行中のものを現在のバッチの後で停止します。終了した実行は残します。</translation>
    </message>
    <message>
        <source>Stopping the runs in progress after their current batch…</source>
        <translation>実行中のものを現在のバッチの後で停止しています…</translation>
    </message>
    <message>
        <source>Sweep “{0}”</source>
        <translation>「{0}」のスイープ</translation>
    </message>
    <message>
        <source>The sweep stopped: {0}</source>
        <translation>スイープが停止しました：{0}</translation>
    </message>
    <message>
        <source>Train once with every hidden activation replaced by each ticked kind.</source>
        <translation>隠れ層の活性化関数をすべて、チェックした種類に置き換えてそれぞれ一度ずつ学習します。</translation>
    </message>
    <message>
        <source>Vary setting {0}</source>
        <translation>変える設定 {0}</translation>
    </message>
    <message>
        <source>Worker processes, each training one run with one BLAS thread.</source>
        <translation>ワーカープロセス数（それぞれ BLAS スレッド一つで一つの実行を学習）。</translation>
    </message>
    <message>
        <source>values, e.g. 0.01, 0.001</source>
        <translation>値。例：0.01, 0.001</translation>
    </message>
    <message>
        <source>{0} Everything (tables, plots, each run's network, metrics and weights) is in {1}</source>
        <translation>{0} すべて（表、グラフ、各実行のネットワーク・指標・重み）は {1} にあります</translation>
    </message>
    <message>
        <source>{0} × {1} = {2}</source>
        <translation>{0} × {1} = {2}</translation>
    </message>
</context>
<context>
    <name>SweepStudy</name>
    <message>
        <source>A built-in set runs anywhere; for the write-ups' task give cifar10:FOLDER (airplane vs ship is added) and the networks' own epochs are used.</source>
        <translation>内蔵セットはどこでも動きます。解説記事の課題には cifar10:FOLDER を指定してください（飛行機と船の課題を追加し、各ネットワーク自身のエポック数を使います）。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Inputs: {0}</source>
        <translation>入力：{0}</translation>
    </message>
    <message>
        <source>Parallel runs</source>
        <translation>並列実行数</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Study: {0}</source>
        <translation>実験：{0}</translation>
    </message>
</context>
<context>
    <name>SweepSummary</name>
    <message>
        <source> — dead: an activation layer lost every unit</source>
        <translation> — 死亡：活性化層のユニットがすべて死んだ</translation>
    </message>
    <message>
        <source>. &lt;span style='color:{0}'&gt;Mean ± sd over seeds.&lt;/span&gt;</source>
        <translation>。&lt;span style='color:{0}'&gt;シード間の平均 ± 標準偏差。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} of {2} runs finished</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {2} 件中 {1} 件の実行が終了</translation>
    </message>
    <message>
        <source>No finished runs in this sweep yet.</source>
        <translation>このスイープにはまだ終了した実行がありません。</translation>
    </message>
    <message>
        <source>Per configuration, over its seeds; sd = {0}. Only runs that trained to the end are counted in the statistics.</source>
        <translation>構成ごとに、そのシード全体で集計。sd = {0}。統計には最後まで学習した実行だけを数えます。</translation>
    </message>
    <message>
        <source>Runs in which an activation layer lost every unit: they stopped learning.</source>
        <translation>活性化層のユニットがすべて死んだ実行：学習が止まっています。</translation>
    </message>
    <message>
        <source>Sweep {0} is not in the run history.</source>
        <translation>スイープ {0} は実行履歴にありません。</translation>
    </message>
    <message>
        <source>Test accuracy of every run (dots: seeds; bar: mean ± 1 sd). Hover a dot to see its run.</source>
        <translation>各実行のテスト正解率（点：シード、バー：平均 ± 1 標準偏差）。点にカーソルを合わせるとその実行を表示します。</translation>
    </message>
    <message>
        <source>dead runs</source>
        <translation>死んだ実行</translation>
    </message>
    <message>
        <source>diverged / failed</source>
        <translation>発散／失敗</translation>
    </message>
    <message>
        <source>min – max</source>
        <translation>最小 – 最大</translation>
    </message>
    <message>
        <source>run #{0}, {1}, seed {2}: {3}{4}</source>
        <translation>実行 #{0}、{1}、シード {2}：{3}{4}</translation>
    </message>
    <message>
        <source>s / run</source>
        <translation>秒 / 実行</translation>
    </message>
    <message>
        <source>sample standard deviation over seeds (ddof=1); empty when n &lt; 2</source>
        <translation>シード間の標本標準偏差（ddof=1）。n &lt; 2 なら空欄</translation>
    </message>
    <message>
        <source>sd: {0}</source>
        <translation>標準偏差 (sd): {0}</translation>
    </message>
    <message>
        <source>test accuracy % (mean ± sd)</source>
        <translation>テスト正解率 %（平均 ± 標準偏差）</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>テスト正解率 (%)</translation>
    </message>
    <message>
        <source>test loss (mean ± sd)</source>
        <translation>テスト損失（平均 ± 標準偏差）</translation>
    </message>
    <message>
        <source>{0} dead (an activation layer lost every unit)</source>
        <translation>{0} 件が死亡（活性化層のユニットがすべて死んだ）</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>3 hidden relu layers on CIFAR-10 airplane vs ship; compare gradient bars with the sigmoid twin to see vanishing gradients.</source>
        <translation>CIFAR-10 の飛行機と船の分類、ReLU の隠れ層 3 層。シグモイド版と勾配バーを比べると勾配消失が見えます。</translation>
    </message>
    <message>
        <source>3 hidden sigmoid layers on CIFAR-10 airplane vs ship; compare gradient bars with the ReLU twin to see vanishing gradients.</source>
        <translation>CIFAR-10 の飛行機と船の分類、シグモイドの隠れ層 3 層。ReLU 版と勾配バーを比べると勾配消失が見えます。</translation>
    </message>
    <message>
        <source>4 hidden relu layers on CIFAR-10 airplane vs ship; compare gradient bars with the sigmoid twin to see vanishing gradients.</source>
        <translation>CIFAR-10 の飛行機と船の分類、ReLU の隠れ層 4 層。シグモイド版と勾配バーを比べると勾配消失が見えます。</translation>
    </message>
    <message>
        <source>4 hidden sigmoid layers on CIFAR-10 airplane vs ship; compare gradient bars with the ReLU twin to see vanishing gradients.</source>
        <translation>CIFAR-10 の飛行機と船の分類、シグモイドの隠れ層 4 層。ReLU 版と勾配バーを比べると勾配消失が見えます。</translation>
    </message>
    <message>
        <source>5 hidden relu layers on CIFAR-10 airplane vs ship; compare gradient bars with the sigmoid twin to see vanishing gradients.</source>
        <translation>CIFAR-10 の飛行機と船の分類、ReLU の隠れ層 5 層。シグモイド版と勾配バーを比べると勾配消失が見えます。</translation>
    </message>
    <message>
        <source>5 hidden sigmoid layers on CIFAR-10 airplane vs ship; compare gradient bars with the ReLU twin to see vanishing gradients.</source>
        <translation>CIFAR-10 の飛行機と船の分類、シグモイドの隠れ層 5 層。ReLU 版と勾配バーを比べると勾配消失が見えます。</translation>
    </message>
    <message>
        <source>6 hidden relu layers on CIFAR-10 airplane vs ship; compare gradient bars with the sigmoid twin to see vanishing gradients.</source>
        <translation>CIFAR-10 の飛行機と船の分類、ReLU の隠れ層 6 層。シグモイド版と勾配バーを比べると勾配消失が見えます。</translation>
    </message>
    <message>
        <source>6 hidden sigmoid layers on CIFAR-10 airplane vs ship; compare gradient bars with the ReLU twin to see vanishing gradients.</source>
        <translation>CIFAR-10 の飛行機と船の分類、シグモイドの隠れ層 6 層。ReLU 版と勾配バーを比べると勾配消失が見えます。</translation>
    </message>
    <message>
        <source>A small MLP on the 2-D blobs set; watch the decision boundary form.</source>
        <translation>2 次元の塊データに小さな MLP。決定境界ができていく様子を観察します。</translation>
    </message>
    <message>
        <source>A small MLP on the 2-D circles set; watch the decision boundary form.</source>
        <translation>2 次元の同心円データに小さな MLP。決定境界ができていく様子を観察します。</translation>
    </message>
    <message>
        <source>A small MLP on the 2-D xor set; watch the decision boundary form.</source>
        <translation>2 次元の XOR データに小さな MLP。決定境界ができていく様子を観察します。</translation>
    </message>
    <message>
        <source>CIFAR-10 airplane vs ship CNN</source>
        <translation>CIFAR-10 飛行機と船の CNN</translation>
    </message>
    <message>
        <source>Conv 30@5×5 → ReLU → MaxPool → Dense 100 → Dense 10: ≥ 98.8 % after 3 epochs.</source>
        <translation>Conv 30@5×5 → ReLU → MaxPool → Dense 100 → Dense 10：3 エポックで ≥ 98.8 %。</translation>
    </message>
    <message>
        <source>Conv, ReLU, local response norm, overlapping max pooling, dropout: AlexNet's ideas at 32×32.</source>
        <translation>畳み込み、ReLU、局所応答正規化、重なりのある最大プーリング、ドロップアウト：AlexNet の工夫を 32×32 で。</translation>
    </message>
    <message>
        <source>Depth study: relu MLP 150-100-50</source>
        <translation>深さの実験: ReLU MLP 150-100-50</translation>
    </message>
    <message>
        <source>Depth study: relu MLP 150-100-50-30</source>
        <translation>深さの実験: ReLU MLP 150-100-50-30</translation>
    </message>
    <message>
        <source>Depth study: relu MLP 150-100-50-30-15</source>
        <translation>深さの実験: ReLU MLP 150-100-50-30-15</translation>
    </message>
    <message>
        <source>Depth study: relu MLP 150-100-50-30-15-10</source>
        <translation>深さの実験: ReLU MLP 150-100-50-30-15-10</translation>
    </message>
    <message>
        <source>Depth study: sigmoid MLP 150-100-50</source>
        <translation>深さの実験: シグモイド MLP 150-100-50</translation>
    </message>
    <message>
        <source>Depth study: sigmoid MLP 150-100-50-30</source>
        <translation>深さの実験: シグモイド MLP 150-100-50-30</translation>
    </message>
    <message>
        <source>Depth study: sigmoid MLP 150-100-50-30-15</source>
        <translation>深さの実験: シグモイド MLP 150-100-50-30-15</translation>
    </message>
    <message>
        <source>Depth study: sigmoid MLP 150-100-50-30-15-10</source>
        <translation>深さの実験: シグモイド MLP 150-100-50-30-15-10</translation>
    </message>
    <message>
        <source>LeCun's 1998 layout (ReLU and max pooling instead of tanh and subsampling).</source>
        <translation>LeCun による 1998 年の構成（tanh とサブサンプリングの代わりに ReLU と最大プーリング）。</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <source>MNIST MLP 784-100-100-10</source>
        <translation>MNIST MLP 784-100-100-10</translation>
    </message>
    <message>
        <source>MNIST conv net</source>
        <translation>MNIST 畳み込みネットワーク</translation>
    </message>
    <message>
        <source>MNIST deeper CNN (BatchNorm + dropout)</source>
        <translation>MNIST のより深い CNN（BatchNorm + ドロップアウト）</translation>
    </message>
    <message>
        <source>Playground: blobs</source>
        <translation>プレイグラウンド: 塊</translation>
    </message>
    <message>
        <source>Playground: circles</source>
        <translation>プレイグラウンド: 同心円</translation>
    </message>
    <message>
        <source>Playground: spirals</source>
        <translation>プレイグラウンド: 渦巻き</translation>
    </message>
    <message>
        <source>Playground: xor</source>
        <translation>プレイグラウンド: XOR</translation>
    </message>
    <message>
        <source>Small AlexNet-like CNN (CIFAR-10)</source>
        <translation>小さな AlexNet 風 CNN（CIFAR-10）</translation>
    </message>
    <message>
        <source>Small CNN on shapes</source>
        <translation>図形データの小さな CNN</translation>
    </message>
    <message>
        <source>The classic from-scratch MLP; ≥ 97.5 % test on full MNIST.</source>
        <translation>ゼロから作る定番の MLP。MNIST 全体でテスト ≥ 97.5 %。</translation>
    </message>
    <message>
        <source>The write-ups' CNN task (their best: 88.0 %). Conv blocks + softmax on 2 classes.</source>
        <translation>解説記事の CNN の課題（その最高値：88.0 %）。畳み込みブロック + 2 クラスの softmax。</translation>
    </message>
    <message>
        <source>Three ReLU layers of 32 on the 2-D spirals: the boundary has to wind around twice.</source>
        <translation>2 次元の渦巻きに 32 ユニットの ReLU 層を 3 つ：境界は 2 周巻かなければなりません。</translation>
    </message>
    <message>
        <source>Two conv blocks on the built-in 28×28 shapes: trains in seconds, feature maps show edges and corners.</source>
        <translation>内蔵の 28×28 図形データに畳み込みブロック 2 つ：数秒で学習でき、特徴マップにはエッジや角が現れます。</translation>
    </message>
    <message>
        <source>Two conv blocks with BatchNorm and dropout, cosine learning rate: ≥ 99.3 % test on full MNIST.</source>
        <translation>BatchNorm とドロップアウト付きの畳み込みブロック 2 つ、余弦の学習率：MNIST 全体でテスト ≥ 99.3 %。</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Dark colours whatever the desktop uses</source>
        <translation>デスクトップの設定にかかわらず暗い配色</translation>
    </message>
    <message>
        <source>Follow the desktop's light or dark colour scheme</source>
        <translation>デスクトップの明暗の配色に従います</translation>
    </message>
    <message>
        <source>Light colours whatever the desktop uses</source>
        <translation>デスクトップの設定にかかわらず明るい配色</translation>
    </message>
</context>
<context>
    <name>TryIt</name>
    <message>
        <source>&lt;b&gt;Most likely&lt;/b&gt;</source>
        <translation>&lt;b&gt;最も可能性が高い&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1})&lt;br&gt;{2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;（{1}）&lt;br&gt;{2}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse; it is recognised when you let go.</source>
        <translation>マウスで数字を書いてください。ボタンを離すと認識します。</translation>
    </message>
    <message>
        <source>Draw a digit, drop an image file here, or paste one.</source>
        <translation>数字を書くか、画像ファイルをここにドロップするか、貼り付けてください。</translation>
    </message>
    <message>
        <source>Draw, drop or paste an input to see what each layer makes of it</source>
        <translation>入力を書く・ドロップする・貼り付けると、各層がそれをどう処理するかを表示します</translation>
    </message>
    <message>
        <source>Drop an image file here, open or paste one.</source>
        <translation>画像ファイルをここにドロップするか、開くか、貼り付けてください。</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>No trained network yet</source>
        <translation>まだ学習済みネットワークがありません</translation>
    </message>
    <message>
        <source>Open an image file (PNG, JPEG, …)</source>
        <translation>画像ファイル（PNG、JPEG など）を開きます</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Pick a layer to see what it makes of your input: image outputs show one tile per channel, each scaled to its own range (hover a tile for its numbers); flat outputs show one bar per unit.</source>
        <translation>層を選ぶと、その層が入力をどう処理するかを表示します：画像出力はチャネルごとに一枚のタイル（それぞれ自身の範囲で色付け、カーソルを合わせると数値を表示）、平坦な出力はユニットごとに一本のバーです。</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>クリップボードに画像がありません。</translation>
    </message>
    <message>
        <source>This model takes {0} numbers, not images: use `netbuilder predict MODEL rows.csv`.</source>
        <translation>このモデルは画像ではなく {0} 個の数値を受け取ります：`netbuilder predict MODEL rows.csv` を使ってください。</translation>
    </message>
    <message>
        <source>Train a network (or open a .nbmodel or .onnx file) to try it on your own inputs.</source>
        <translation>自分の入力で試すには、ネットワークを学習してください（または .nbmodel か .onnx ファイルを開いてください）。</translation>
    </message>
    <message>
        <source>Try an image</source>
        <translation>画像で試す</translation>
    </message>
    <message>
        <source>Use the image on the clipboard</source>
        <translation>クリップボードの画像を使います</translation>
    </message>
    <message>
        <source>Your input appears here</source>
        <translation>入力はここに表示されます</translation>
    </message>
    <message>
        <source>Your input, as the network sees it</source>
        <translation>ネットワークから見たあなたの入力</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>ドロップした画像</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Layout reset: the panels are where a first start puts them.</source>
        <translation>レイアウトをリセットしました：パネルは初回起動時の配置です。</translation>
    </message>
    <message>
        <source>The saved layout was not used ({0}); View ▸ Reset Layout puts the panels back at any time.</source>
        <translation>保存されたレイアウトは使いませんでした（{0}）。表示 ▸ レイアウトをリセット でいつでもパネルを元に戻せます。</translation>
    </message>
    <message>
        <source>The saved panel sizes were not used ({0}).</source>
        <translation>保存されたパネルの大きさは使いませんでした（{0}）。</translation>
    </message>
    <message>
        <source>the Problems panel was {0} px high</source>
        <translation>問題パネルの高さが {0} px でした</translation>
    </message>
    <message>
        <source>the {0} panel floated off the screen</source>
        <translation>{0}パネルが画面外に浮いていました</translation>
    </message>
    <message>
        <source>the {0} panel was hidden</source>
        <translation>{0}パネルが隠れていました</translation>
    </message>
    <message>
        <source>the {0} panel was {1} px wide</source>
        <translation>{0}パネルの幅が {1} px でした</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>曖昧なオプション: %(option)s は %(matches)s のどれにも当てはまります</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>引数が一つ以上必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>引数は一つまでです</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>引数が一つ必要です</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無効な %(type)s の値: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択肢: %(value)r（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>バージョンを表示して終了します</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
</context>
</TS>
