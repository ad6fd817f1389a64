<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Amounts</name>
    <message>
        <source>expected a number, got {text}</source>
        <translation>应为数字，实际为 {text}</translation>
    </message>
    <message>
        <source>empty; enter a number such as 800k, 1.2M or 3000万</source>
        <translation>未填写；请输入数字，例如 800k、1.2M 或 3000万</translation>
    </message>
    <message>
        <source>{text} has misplaced thousands separators</source>
        <translation>{text} 的千位分隔符位置有误</translation>
    </message>
    <message>
        <source>{text} is not a number (examples: 1200000, 1.2e6, 800k, 1.5M, 3000万, 12亿)</source>
        <translation>{text} 不是数字（示例：1200000, 1.2e6, 800k, 1.5M, 3000万, 12亿）</translation>
    </message>
    <message>
        <source>unknown unit {unit} in {text} (use k, M, B, 千, 万, 百万, 亿)</source>
        <translation>{text} 中的单位 {unit} 无法识别（可用 k, M, B, 千, 万, 百万, 亿）</translation>
    </message>
    <message>
        <source>{text} is not a finite number</source>
        <translation>{text} 不是有限数值</translation>
    </message>
    <message>
        <source>{text} must not be negative</source>
        <translation>{text} 不能为负数</translation>
    </message>
    <message>
        <source>{text} is too large (at most {limit})</source>
        <translation>{text} 太大（最多 {limit}）</translation>
    </message>
    <message>
        <source>{text} is too small (at least {limit})</source>
        <translation>{text} 太小（至少 {limit}）</translation>
    </message>
    <message>
        <source>{text}: write decimals with “{sep}” (for example {example})</source>
        <translation>{text}：小数点请用“{sep}”（例如 {example}）</translation>
    </message>
    <message>
        <source>{text}: write the number without thousands separators, decimals with “{sep}”</source>
        <translation>{text}：请不要使用千位分隔符，小数点请用“{sep}”</translation>
    </message>
    <message>
        <source>{text} is ambiguous: write {one} or {other}</source>
        <translation>{text} 有歧义：请写成 {one} 或 {other}</translation>
    </message>
    <message>
        <source>{char} in {text} is not a digit, separator or unit</source>
        <translation>{text} 中的 {char} 不是数字、分隔符或单位</translation>
    </message>
    <message>
        <source>{text} is not SIZE:SHARE (e.g. 8k:60%)</source>
        <translation>{text} 不是“大小:占比”格式（例如 8k:60%）</translation>
    </message>
    <message>
        <source>the shares add up to {total}, not 100%</source>
        <translation>占比合计为 {total}，而不是 100%</translation>
    </message>
</context>
<context>
    <name>BillingPanel</name>
    <message>
        <source>Cache writes</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>Cache lifetime</source>
        <translation>缓存有效期</translation>
    </message>
    <message>
        <source>Reasoning share of output</source>
        <translation>输出中的推理占比</translation>
    </message>
    <message>
        <source>Web searches / request</source>
        <translation>每请求联网搜索次数</translation>
    </message>
    <message>
        <source>Request sizes</source>
        <translation>请求大小分布</translation>
    </message>
    <message>
        <source>Batch share</source>
        <translation>批处理占比</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>服务等级</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Traffic by hour</source>
        <translation>按小时的流量</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Off-peak share</source>
        <translation>闲时占比</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Flex (slower, cheaper)</source>
        <translation>弹性（较慢、较便宜）</translation>
    </message>
    <message>
        <source>Priority (faster, dearer)</source>
        <translation>优先（较快、较贵）</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>List prices</source>
        <translation>刊例价</translation>
    </message>
    <message>
        <source>Promotional where offered</source>
        <translation>有促销时用促销价</translation>
    </message>
    <message>
        <source>Your own (edited)</source>
        <translation>自定义（已编辑）</translation>
    </message>
    <message>
        <source>Tokens and calls</source>
        <extracomment>The shares shown as percentages: field -&gt; (scenario part, name).</extracomment>
        <translation>词元与调用</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Traffic by time</source>
        <translation>按时段的流量</translation>
    </message>
    <message>
        <source>This computer&apos;s ({zone})</source>
        <translation>本机时区（{zone}）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>none, e.g. 8k:60%, 64k:30%, 200k:10%</source>
        <translation>无，例如 8k:60%, 64k:30%, 200k:10%</translation>
    </message>
    <message>
        <source>month of the current date</source>
        <translation>当前日期所在月份</translation>
    </message>
    <message>
        <source>from the traffic</source>
        <translation>按流量计算</translation>
    </message>
    <message>
        <source>Share of the input tokens written to the vendor&apos;s prompt cache, billed at its cache-write price (else the input price). Reads and writes are separate parts of the input.</source>
        <translation>写入厂商提示缓存的输入词元占比，按缓存写入价计费（没有则按输入价）。缓存读取与写入是输入中互不重叠的两部分。</translation>
    </message>
    <message>
        <source>How long written cache entries live; a 1-hour write costs more where the vendor prices it apart (Anthropic).</source>
        <translation>写入的缓存保留多久；厂商单独定价时（Anthropic），1 小时写入更贵。</translation>
    </message>
    <message>
        <source>Share of the output tokens that are reasoning (thinking) tokens, at the model&apos;s reasoning price where it has one, else the output price.</source>
        <translation>输出词元中推理（思考）词元的占比；模型有单独的推理价时按推理价，否则按输出价。</translation>
    </message>
    <message>
        <source>Web searches (or search-and-fetch calls) per request, billed per 1,000 calls; needs the requests per month.</source>
        <translation>每个请求的联网搜索（或搜索并抓取）次数，按每千次计费；需要填写每月请求数。</translation>
    </message>
    <message>
        <source>Input tokens per request and the share of requests of that size; tiers priced by the whole request&apos;s size are priced per size. Requests × mean size must match the input total.</source>
        <translation>每个请求的输入词元数及该大小请求的占比；按整次请求大小分档计价的模型逐档计价。请求数 × 平均大小须与输入总量一致。</translation>
    </message>
    <message>
        <source>Share of the traffic sent through the batch API, at batch prices where the model has them.</source>
        <translation>通过批处理接口发送的流量占比；模型有批处理价时按批处理价计费。</translation>
    </message>
    <message>
        <source>Service tier of the traffic that is not batch, at that tier&apos;s prices where the model has them.</source>
        <translation>非批处理流量的服务等级；模型有该等级的价格时按该价格计费。</translation>
    </message>
    <message>
        <source>List prices, or a vendor&apos;s promotional price while it runs.</source>
        <translation>刊例价，或厂商促销期内的促销价。</translation>
    </message>
    <message>
        <source>When in the week the traffic happens; time-banded prices (DeepSeek&apos;s peak hours) follow it on the vendor&apos;s clock and holiday calendar.</source>
        <translation>流量在一周中的分布；分时段价格（如 DeepSeek 的高峰时段）按厂商所在时区和节假日日历据此计算。</translation>
    </message>
    <message>
        <source>The time zone your traffic profile&apos;s hours are in.</source>
        <translation>流量分布中各小时所用的时区。</translation>
    </message>
    <message>
        <source>The month the weekly profile is spread over, with its weekdays and holidays (YYYY-MM).</source>
        <translation>把每周流量分布铺开到哪个月份，计入该月的工作日和节假日（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Set the share billed at off-peak rates by hand for every time-banded model, instead of working it out from the traffic.</source>
        <translation>手动设定所有分时段计价模型按闲时价计费的占比，而不是根据流量计算。</translation>
    </message>
    <message>
        <source>Business hours (Mon–Fri 09–18) carry {share} of the traffic.</source>
        <translation>工作时间（周一至周五 9–18 点）承担 {share} 的流量。</translation>
    </message>
    <message>
        <source>The off-peak share is set by hand.</source>
        <translation>闲时占比为手动设定。</translation>
    </message>
    <message>
        <source>Mean {mean} input tokens per request.</source>
        <translation>平均每个请求 {mean} 输入词元。</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <source>Imported {n} price records from {file}.</source>
        <translation>已从 {file} 导入 {n} 条价格记录。</translation>
    </message>
    <message>
        <source>Some of your price files were left out: {problems}</source>
        <translation>部分价格文件未被载入：{problems}</translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message>
        <source>All models</source>
        <extracomment>Status filter keys and their labels.</extracomment>
        <translation>全部模型</translation>
    </message>
    <message>
        <source>Confirmed prices only</source>
        <translation>仅含已核实价格</translation>
    </message>
    <message>
        <source>With uncertain prices</source>
        <translation>含待核实价格</translation>
    </message>
    <message>
        <source>With your prices</source>
        <translation>含我的价格</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Prices: {origins}</source>
        <translation>价格出处：{origins}</translation>
    </message>
    <message>
        <source>≈ has uncertain prices</source>
        <translation>≈ 含待核实价格</translation>
    </message>
    <message>
        <source>Bold: has your own prices</source>
        <translation>粗体：含我的价格</translation>
    </message>
    <message>
        <source>Search models, vendors, 中文名</source>
        <translation>搜索模型、厂商、中文名</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>全部厂商</translation>
    </message>
    <message>
        <source>Each import is kept as one file. Removing an import removes every price it brought; your own prices stay.</source>
        <translation>每次导入单独保存为一个文件。移除某次导入会删除它带来的全部价格；我的价格不受影响。</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <source>Price records</source>
        <translation>价格记录数</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型数</translation>
    </message>
    <message>
        <source>Import prices…</source>
        <translation>导入价格…</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>移除导入</translation>
    </message>
    <message>
        <source>Prices and sources</source>
        <translation>价格与来源</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <source>A model the catalog does not ship: a private deployment or another vendor</source>
        <translation>价格目录未内置的模型：私有部署或其他厂商</translation>
    </message>
    <message>
        <source>Add price…</source>
        <translation>添加价格…</translation>
    </message>
    <message>
        <source>Your own price for this model from a date on (a negotiated rate)</source>
        <translation>该模型自某日起的自有价格（如协商价）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove your own price. Imported prices are removed per import (Imports tab); shipped prices stay.</source>
        <translation>删除我的价格。导入的价格需按导入批次移除（“导入记录”标签页）；内置价格不可删除。</translation>
    </message>
    <message>
        <source>This scenario takes {pct} off these list prices ({target}; Discounts tab).</source>
        <translation>本场景在这些标价上减 {pct}（{target}；见“折扣”页）。</translation>
    </message>
    <message>
        <source>This scenario takes {pct} off these list prices from {date} ({target}; Discounts tab).</source>
        <translation>本场景自 {date} 起在这些标价上减 {pct}（{target}；见“折扣”页）。</translation>
    </message>
    <message>
        <source>Restore shipped prices…</source>
        <translation>恢复内置价格…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Some of your price files were left out: {problems}</source>
        <translation>部分价格文件未被载入：{problems}</translation>
    </message>
    <message>
        <source>Select a model to see its prices and where they come from.</source>
        <translation>选择一个模型，查看其价格及来源。</translation>
    </message>
    <message>
        <source>{tokens} tokens of context</source>
        <translation>上下文 {tokens} tokens</translation>
    </message>
    <message>
        <source>&lt;b&gt;Effective from {date}&lt;/b&gt; · {origin} · checked {checked}</source>
        <translation>&lt;b&gt;{date} 起生效&lt;/b&gt; · {origin} · 核对于 {checked}</translation>
    </message>
    <message>
        <source>≈ Uncertain: part of this record could not be confirmed; see the notes.</source>
        <translation>≈ 待核实：此记录有部分内容未能核实，请查看备注。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Remove every import and your own prices and models</source>
        <translation>删除所有导入以及您自己的价格和模型</translation>
    </message>
    <message>
        <source>Remove your price</source>
        <translation>删除我的价格</translation>
    </message>
    <message>
        <source>Remove your context-tier prices of {model} first: they need a price for every request.</source>
        <translation>请先删除 {model} 的上下文分档价格：它们依赖适用于所有请求的价格。</translation>
    </message>
    <message>
        <source>Remove your price of {model} effective {date}?</source>
        <translation>删除 {model} 自 {date} 起生效的我的价格？</translation>
    </message>
    <message>
        <source>Remove the import “{name}” and every price it brought?</source>
        <translation>移除导入“{name}”及其带来的全部价格？</translation>
    </message>
    <message>
        <source>Remove every import and your own prices and models? The shipped prices stay; discounts belong to the scenario and stay too.</source>
        <translation>删除所有导入以及您自己的价格和模型？内置价格保留；折扣属于场景，也会保留。</translation>
    </message>
    <message>
        <source>Restore shipped prices</source>
        <translation>恢复内置价格</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>未做任何更改：{reason}</translation>
    </message>
</context>
<context>
    <name>ChartMenu</name>
    <message>
        <source>Reset zoom</source>
        <translation>恢复缩放</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Export this chart…</source>
        <translation>导出此图表…</translation>
    </message>
    <message>
        <source>Current cost by part</source>
        <extracomment>The baseline bars&apos; colours when the current bars are split into parts (and the legend&apos;s baseline swatch).</extracomment>
        <translation>当前费用构成</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Baseline {date}</source>
        <extracomment>What the ``draw_*`` functions read: :func:`chart_columns`, or a frame of the same columns (:func:`chart_rows`, tests).</extracomment>
        <translation>基准 {date}</translation>
    </message>
    <message>
        <source>Current {date}</source>
        <translation>当前 {date}</translation>
    </message>
    <message>
        <source>Monthly spend per model</source>
        <translation>各模型月度费用</translation>
    </message>
    <message>
        <source>{currency} / month</source>
        <translation>{currency} / 月</translation>
    </message>
    <message>
        <source>Select models to compare</source>
        <translation>请选择要对比的模型</translation>
    </message>
    <message>
        <source>(top {n} of {total})</source>
        <translation>（前 {n} 个，共 {total} 个）</translation>
    </message>
    <message>
        <source>({n} without a value not shown)</source>
        <translation>（另有 {n} 个无数值的模型未显示）</translation>
    </message>
    <message>
        <source>{side}: {status} ({n})</source>
        <translation>{side}：{status}（{n}）</translation>
    </message>
    <message>
        <source>Price unchanged ({n})</source>
        <translation>价格未变（{n}）</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>≈, dashed outline: uncertain price</source>
        <translation>≈、虚线边框：价格待核实</translation>
    </message>
    <message>
        <source>Monthly spend per model, {comparison}</source>
        <translation>各模型月度费用（{comparison}）</translation>
    </message>
    <message>
        <source>{value} · baseline unknown</source>
        <translation>{value} · 基准价未知</translation>
    </message>
    <message>
        <source>{value} · not offered at baseline</source>
        <translation>{value} · 基准日未推出</translation>
    </message>
    <message>
        <source>{value} · baseline {status}</source>
        <translation>{value} · 基准{status}</translation>
    </message>
    <message>
        <source>{part}: {money} ({share} of the current cost)</source>
        <translation>{part}：{money}（占当前费用的 {share}）</translation>
    </message>
    <message>
        <source>Current: {part}</source>
        <translation>当前：{part}</translation>
    </message>
    <message>
        <source>{currency} saved / month</source>
        <translation>节省 {currency} / 月</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <extracomment>``draw(chart, evaluation, rows, locale)``: ``rows`` are the evaluation&apos;s :func:`~calculator.ui.charts.feed.chart_columns` (numpy arrays by column name; their ``frame`` is a ``DataFrame`` of them), built once for all charts. What the drawing depends on; the window skips a redraw while it is equal (None: always redraw). The history chart ignores the workload, say.</extracomment>
        <translation>月度费用</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>节省</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>价格历史</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation>累计费用</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>{currency}</source>
        <translation>{currency}</translation>
    </message>
    <message>
        <source>dashed: at baseline prices</source>
        <translation>虚线：按基准价格</translation>
    </message>
    <message>
        <source>+ {n} more</source>
        <translation>另有 {n} 项</translation>
    </message>
    <message>
        <source>Monthly savings per model, {comparison}</source>
        <translation>各模型月度节省（{comparison}）</translation>
    </message>
    <message>
        <source>Monthly savings per model</source>
        <translation>各模型月度节省</translation>
    </message>
    <message>
        <source>{money} · {pct}</source>
        <translation>{money} · {pct}</translation>
    </message>
    <message>
        <source>costs {money} ({pct}) more</source>
        <translation>多花 {money}（{pct}）</translation>
    </message>
    <message>
        <source>{price} per 1M tokens since {date}</source>
        <translation>{date} 起每百万 tokens {price}</translation>
    </message>
    <message>
        <source>No model with a current price</source>
        <translation>没有模型有当前价格</translation>
    </message>
    <message>
        <source>{model}, month {month}
{what}: {money}</source>
        <translation>{model}，第 {month} 个月
{what}：{money}</translation>
    </message>
    <message>
        <source> (at baseline prices {money})</source>
        <translation>（按基准价格为 {money}）</translation>
    </message>
    <message>
        <source>+ {n} cheaper models not drawn</source>
        <translation>另有 {n} 个更便宜的模型未绘出</translation>
    </message>
    <message>
        <source>Budget {amount} a month</source>
        <translation>预算：每月 {amount}</translation>
    </message>
    <message>
        <source>over from month {month}</source>
        <translation>自第 {month} 个月起超出</translation>
    </message>
    <message>
        <source>Price per 1M tokens over time</source>
        <translation>每百万 tokens 价格走势</translation>
    </message>
    <message>
        <source>{currency} per 1M {what}</source>
        <translation>{what}价格（{currency} / 百万 tokens）</translation>
    </message>
    <message>
        <source>input tokens</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>tokens (your input/output mix)</source>
        <translation>综合（按输入/输出配比）</translation>
    </message>
    <message>
        <source>May 2024 price war</source>
        <translation>2024 年 5 月价格战</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Table columns</source>
        <translation>表格列</translation>
    </message>
    <message>
        <source>Right-click to choose the columns (cost per request, per year…)</source>
        <translation>右键单击可选择显示的列（每次请求费用、每年费用…）</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Model id</source>
        <extracomment>The window&apos;s table, left to right: what a budget needs first (monthly costs, the date the current price took effect, savings), the baseline price&apos;s date, then prices per 1M tokens and the tier.</extracomment>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Baseline cost / month</source>
        <translation>基准费用 / 月</translation>
    </message>
    <message>
        <source>Baseline cost
{cur} / month</source>
        <translation>基准费用
{cur} / 月</translation>
    </message>
    <message>
        <source>Baseline status</source>
        <translation>基准状态</translation>
    </message>
    <message>
        <source>Current cost / month</source>
        <translation>当前费用 / 月</translation>
    </message>
    <message>
        <source>Current cost
{cur} / month</source>
        <translation>当前费用
{cur} / 月</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Savings / month</source>
        <translation>节省 / 月</translation>
    </message>
    <message>
        <source>Savings
{cur} / month</source>
        <translation>节省
{cur} / 月</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>节省 %</translation>
    </message>
    <message>
        <source>Savings
%</source>
        <translation>节省
%</translation>
    </message>
    <message>
        <source>Baseline price
from</source>
        <translation>基准价格
生效日</translation>
    </message>
    <message>
        <source>Current price
from</source>
        <translation>当前价格
生效日</translation>
    </message>
    <message>
        <source>Off-peak share</source>
        <translation>闲时比例</translation>
    </message>
    <message>
        <source>List or promotion</source>
        <translation>刊例价或促销价</translation>
    </message>
    <message>
        <source>Billed as</source>
        <translation>计费模型</translation>
    </message>
    <message>
        <source>Savings vs reference / month</source>
        <translation>相对参照模型节省 / 月</translation>
    </message>
    <message>
        <source>vs {ref}
{cur} / month</source>
        <translation>较 {ref}
节省 {cur} / 月</translation>
    </message>
    <message>
        <source>Current cost / request</source>
        <translation>当前费用 / 每次请求</translation>
    </message>
    <message>
        <source>Current cost
{cur} / request</source>
        <translation>当前费用
{cur} / 每次请求</translation>
    </message>
    <message>
        <source>Current cost / year</source>
        <translation>当前费用 / 每年</translation>
    </message>
    <message>
        <source>Current cost
{cur} / year</source>
        <translation>当前费用
{cur} / 年</translation>
    </message>
    <message>
        <source>Current cost: uncached input / month</source>
        <translation>当前费用：未缓存输入 / 月</translation>
    </message>
    <message>
        <source>Uncached input
{cur} / month</source>
        <translation>未缓存输入
{cur} / 月</translation>
    </message>
    <message>
        <source>Current cost: cache reads / month</source>
        <translation>当前费用：缓存读取 / 月</translation>
    </message>
    <message>
        <source>Cache reads
{cur} / month</source>
        <translation>缓存读取
{cur} / 月</translation>
    </message>
    <message>
        <source>Current cost: cache writes / month</source>
        <translation>当前费用：缓存写入 / 月</translation>
    </message>
    <message>
        <source>Cache writes
{cur} / month</source>
        <translation>缓存写入
{cur} / 月</translation>
    </message>
    <message>
        <source>Current cost: output / month</source>
        <translation>当前费用：输出 / 月</translation>
    </message>
    <message>
        <source>Output
{cur} / month</source>
        <translation>输出
{cur} / 月</translation>
    </message>
    <message>
        <source>Current cost: reasoning / month</source>
        <translation>当前费用：推理 / 月</translation>
    </message>
    <message>
        <source>Reasoning
{cur} / month</source>
        <translation>推理
{cur} / 月</translation>
    </message>
    <message>
        <source>Current cost: search fees / month</source>
        <translation>当前费用：搜索费 / 月</translation>
    </message>
    <message>
        <source>Search fees
{cur} / month</source>
        <translation>搜索费
{cur} / 月</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Vendor (Chinese)</source>
        <translation>厂商（中文）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Baseline input / 1M tokens</source>
        <translation>基准输入价 / 百万 tokens</translation>
    </message>
    <message>
        <source>Baseline input
{cur} / 1M</source>
        <translation>基准输入价
{cur} / 百万 tokens</translation>
    </message>
    <message>
        <source>Baseline output / 1M tokens</source>
        <translation>基准输出价 / 百万 tokens</translation>
    </message>
    <message>
        <source>Baseline output
{cur} / 1M</source>
        <translation>基准输出价
{cur} / 百万 tokens</translation>
    </message>
    <message>
        <source>Current input / 1M tokens</source>
        <translation>当前输入价 / 百万 tokens</translation>
    </message>
    <message>
        <source>Current input
{cur} / 1M</source>
        <translation>当前输入价
{cur} / 百万 tokens</translation>
    </message>
    <message>
        <source>Current output / 1M tokens</source>
        <translation>当前输出价 / 百万 tokens</translation>
    </message>
    <message>
        <source>Current output
{cur} / 1M</source>
        <translation>当前输出价
{cur} / 百万 tokens</translation>
    </message>
    <message>
        <source>Current cached input / 1M tokens</source>
        <translation>当前缓存输入价 / 百万 tokens</translation>
    </message>
    <message>
        <source>Baseline price since</source>
        <translation>基准价格生效日期</translation>
    </message>
    <message>
        <source>Current price since</source>
        <translation>当前价格生效日期</translation>
    </message>
    <message>
        <source>Current off-peak input / 1M tokens</source>
        <translation>当前闲时输入 / 百万 tokens</translation>
    </message>
    <message>
        <source>Current off-peak output / 1M tokens</source>
        <translation>当前闲时输出 / 百万 tokens</translation>
    </message>
    <message>
        <source>Peak-hour schedule</source>
        <translation>峰谷时段规则</translation>
    </message>
    <message>
        <source>Current price over a year old</source>
        <translation>当前价格超过一年未核实</translation>
    </message>
    <message>
        <source>Standard prices for batch or tier</source>
        <translation>批处理或服务等级按标准价</translation>
    </message>
    <message>
        <source>A request size exceeds the context window</source>
        <translation>有请求大小超出上下文窗口</translation>
    </message>
    <message>
        <source>Baseline price status</source>
        <translation>基准价格核实状态</translation>
    </message>
    <message>
        <source>Current price status</source>
        <translation>当前价格核实状态</translation>
    </message>
    <message>
        <source>Baseline price source</source>
        <translation>基准价格来源</translation>
    </message>
    <message>
        <source>Current price source</source>
        <translation>当前价格来源</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>Date priced</source>
        <translation>计价日期</translation>
    </message>
    <message>
        <source>Price status</source>
        <translation>价格状态</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Billed in</source>
        <translation>计价币种</translation>
    </message>
    <message>
        <source>Input / 1M tokens</source>
        <translation>输入 / 百万 tokens</translation>
    </message>
    <message>
        <source>Output / 1M tokens</source>
        <translation>输出 / 百万 tokens</translation>
    </message>
    <message>
        <source>Cached input / 1M tokens</source>
        <translation>缓存输入 / 百万 tokens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>reference</source>
        <extracomment>Kinds shown as words (left-aligned, sorted by their text).</extracomment>
        <translation>参照模型</translation>
    </message>
    <message>
        <source>Uncertain price (≈): see the notes.</source>
        <translation>价格待核实（≈）：请查看备注。</translation>
    </message>
    <message>
        <source>Price in effect from {date} ({status})</source>
        <translation>价格自 {date} 起生效（{status}）</translation>
    </message>
    <message>
        <source>Billed in {currency}: {price} per 1M tokens</source>
        <translation>以 {currency} 计价：每百万 tokens {price}</translation>
    </message>
    <message>
        <source>Cached input: {price} per 1M tokens</source>
        <translation>缓存命中输入：每百万 tokens {price}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Checked {date}</source>
        <translation>核对于 {date}</translation>
    </message>
    <message>
        <source>Includes a {pct} vendor discount</source>
        <translation>已计入厂商折扣（减免 {pct}）</translation>
    </message>
    <message>
        <source>Context tier for requests above {tokens} input tokens</source>
        <translation>上下文分档：适用于输入超过 {tokens} tokens 的请求</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>刊例价</translation>
    </message>
    <message>
        <source>Promotional price, valid until {date}</source>
        <translation>促销价，有效期至 {date}</translation>
    </message>
    <message>
        <source>Billed as {model}, at its prices</source>
        <translation>按 {model} 计费，采用其价格</translation>
    </message>
    <message>
        <source>Time-banded prices per 1M tokens: input {peak_in} peak, {off_in} off-peak; output {peak_out} peak, {off_out} off-peak</source>
        <translation>分时段价格（每百万 tokens）：输入 高峰 {peak_in}、闲时 {off_in}；输出 高峰 {peak_out}、闲时 {off_out}</translation>
    </message>
    <message>
        <source>Off-peak share used: {share} (schedule {schedule}, traffic spread evenly over the week)</source>
        <translation>采用的闲时比例：{share}（时段规则 {schedule}，流量按一周均匀分布）</translation>
    </message>
    <message>
        <source>Off-peak share used: {share} (set in the scenario)</source>
        <translation>采用的闲时比例：{share}（在方案中设定）</translation>
    </message>
    <message>
        <source>Off-peak share used: {share} (schedule {schedule}, your traffic profile)</source>
        <translation>采用的闲时比例：{share}（时段规则 {schedule}，按您的流量分布）</translation>
    </message>
    <message>
        <source>Over a year old: the newest evidence for this price is from {evidence}, {days} days before {date}. It may have changed since.</source>
        <translation>超过一年：此价格最新的依据来自 {evidence}，比 {date} 早 {days} 天，之后可能已有变化。</translation>
    </message>
    <message>
        <source>Retired on {date}.</source>
        <translation>已于 {date} 下线。</translation>
    </message>
    <message>
        <source>{date} · old</source>
        <translation>{date} · 旧</translation>
    </message>
    <message>
        <source>retired {date}</source>
        <translation>{date} 下线</translation>
    </message>
    <message>
        <source>No percentage: the baseline cost is unknown, not offered or 0.</source>
        <translation>无百分比：基准费用未知、未推出或为 0。</translation>
    </message>
    <message>
        <source>Set a reference model (what you use today) to see switching savings.</source>
        <translation>设置参照模型（您现在使用的模型），即可查看换用后的节省。</translation>
    </message>
    <message>
        <source>Cost by part:</source>
        <translation>费用构成：</translation>
    </message>
    <message>
        <source>No batch or service-tier prices for this model: standard prices used.</source>
        <translation>该模型没有批处理或服务等级价格：按标准价计费。</translation>
    </message>
    <message>
        <source>⚠ A request size of your mix is larger than this model&apos;s context window ({window} tokens).</source>
        <translation>⚠ 您的请求大小分布中有请求大于该模型的上下文窗口（{window} 词元）。</translation>
    </message>
    <message>
        <source>Double-click for the price record and its sources.</source>
        <translation>双击查看价格记录及其来源。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>是否保存对“{name}”的更改？</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PNG image, double resolution (*.png)</source>
        <translation>PNG 图片，双倍分辨率 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export this chart</source>
        <translation>导出此图表</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的内容？</translation>
    </message>
    <message>
        <source>The app did not close normally. Recover the unsaved scenario “{name}” from {when}?</source>
        <translation>应用上次未正常关闭。是否恢复 {when} 未保存的场景“{name}”？</translation>
    </message>
</context>
<context>
    <name>Discounts</name>
    <message>
        <source>Discounts belong to the open scenario and are saved with it. A vendor discount reaches every model of that vendor, shipped or imported; a model&apos;s own discount wins over its vendor&apos;s. A discount lowers the prices of its start date and later, so it leaves the baseline alone unless its date reaches back that far.</source>
        <extracomment>The &quot;from&quot; field at this date means the discount applies at every date. (kind, target) per table row: (&quot;vendor&quot;, &quot;OpenAI&quot;) or (&quot;model&quot;, &quot;qwen-max&quot;).</extracomment>
        <translation>折扣属于当前打开的场景，并随场景一起保存。厂商折扣适用于该厂商的所有模型（内置或导入）；模型自己的折扣优先于厂商折扣。折扣只降低其起始日期及之后的价格，因此除非起始日期足够早，否则不会影响基准价格。</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Off list</source>
        <translation>标价减免</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>影响的日期</translation>
    </message>
    <message>
        <source>Add model discount</source>
        <translation>添加模型折扣</translation>
    </message>
    <message>
        <source>Remove model discount</source>
        <translation>删除模型折扣</translation>
    </message>
    <message>
        <source>Model…</source>
        <translation>模型…</translation>
    </message>
    <message>
        <source>every date</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>Every model of {vendor}: {n}</source>
        <translation>{vendor} 的全部模型：{n} 个</translation>
    </message>
    <message>
        <source>Model {name}</source>
        <translation>模型 {name}</translation>
    </message>
    <message>
        <source>both dates</source>
        <translation>两个日期都适用</translation>
    </message>
    <message>
        <source>current prices ({date}), not the baseline</source>
        <translation>当前价格（{date}），不含基准</translation>
    </message>
    <message>
        <source>baseline prices ({date}) only</source>
        <translation>仅基准价格（{date}）</translation>
    </message>
    <message>
        <source>neither date: it starts after {date}</source>
        <translation>两个日期都不适用：{date} 之后才开始</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Cannot open scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <source>Cannot save scenario</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <source>{path}: {reason}. The previous file is unchanged.</source>
        <translation>{path}：{reason}。原文件未被改动。</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>LLM Cost Calculator: unexpected error</source>
        <translation>大模型成本计算器：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. The app keeps running, but the last action may not have finished.</source>
        <translation>出现错误。应用仍在运行，但上一步操作可能未完成。</translation>
    </message>
    <message>
        <source>{message}

Details are in the log file:
{path}</source>
        <translation>{message}

详细信息见日志文件：
{path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export failed</source>
        <extracomment>Menu entries: key -&gt; (formats, scale). callable() -&gt; the Locale exports are written for</extracomment>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}</source>
        <translation>无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Wrote {n} files to {folder}</source>
        <translation>已将 {n} 个文件写入 {folder}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Chart written to {path}</source>
        <translation>图表已保存到 {path}</translation>
    </message>
    <message>
        <source>Chart copied as an image: paste it into a document.</source>
        <translation>图表已复制为图片，可粘贴到文档中。</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>must be from 0 to 100%</source>
        <extracomment>What is wrong, per problem key (context &quot;FieldChecks&quot;); values fill the braces.</extracomment>
        <translation>必须在 0 到 100% 之间</translation>
    </message>
    <message>
        <source>cache reads ({reads}) and cache writes ({writes}) are parts of the input and add up to more than 100%</source>
        <translation>缓存读取（{reads}）与缓存写入（{writes}）都是输入的一部分，合计超过了 100%</translation>
    </message>
    <message>
        <source>searches are billed per call: enter the requests per month too</source>
        <translation>搜索按次计费：请同时填写每月请求数</translation>
    </message>
    <message>
        <source>a request-size mix needs the requests per month</source>
        <translation>请求大小分布需要每月请求数</translation>
    </message>
    <message>
        <source>the sizes give {mixed} input tokens a month (requests × mean size) but the input total is {total}; they must agree within 1%</source>
        <translation>按大小分布每月为 {mixed} 输入词元（请求数 × 平均大小），但输入总量为 {total}；两者相差须在 1% 以内</translation>
    </message>
    <message>
        <source>the shares add up to {total}, not 100%</source>
        <translation>占比合计为 {total}，而不是 100%</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} 不在可选值 {allowed} 之中</translation>
    </message>
    <message>
        <source>a traffic profile needs 168 hourly weights with some traffic</source>
        <translation>流量分布需要 168 个小时权重，且至少有一个大于 0</translation>
    </message>
    <message>
        <source>{value} is not a time zone (e.g. Asia/Shanghai)</source>
        <translation>{value} 不是时区（例如 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>{value} is not a month (YYYY-MM, e.g. 2026-10)</source>
        <translation>{value} 不是月份（YYYY-MM，例如 2026-10）</translation>
    </message>
    <message>
        <source>must be from 0 to 1,000,000</source>
        <translation>必须在 0 到 1,000,000 之间</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>not chat models</source>
        <extracomment>Skip kinds of the LiteLLM import (engine words), for translation.</extracomment>
        <translation>非对话模型</translation>
    </message>
    <message>
        <source>without a price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>with invalid values</source>
        <translation>含无效值</translation>
    </message>
    <message>
        <source>without a provider</source>
        <translation>无厂商信息</translation>
    </message>
    <message>
        <source>with unusable keys</source>
        <translation>键名不可用</translation>
    </message>
    <message>
        <source>with unsupported tiers</source>
        <translation>含不支持的分档</translation>
    </message>
    <message>
        <source>from resellers</source>
        <translation>来自转售商</translation>
    </message>
    <message>
        <source>with fees the app does not price</source>
        <translation>含本应用不计算的费用</translation>
    </message>
    <message>
        <source>with unsupported time-of-day prices</source>
        <translation>含不支持的分时价格</translation>
    </message>
    <message>
        <source>1 model added</source>
        <extracomment>Groups longer than this start collapsed.</extracomment>
        <translation>新增 1 个模型</translation>
    </message>
    <message>
        <source>{n} models added</source>
        <translation>新增 {n} 个模型</translation>
    </message>
    <message>
        <source>{added}, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
        <translation>{added}，更新 {updated} 个，未变 {unchanged} 个，跳过 {skipped} 个</translation>
    </message>
    <message>
        <source>, {n} retired</source>
        <translation>，下线 {n} 个</translation>
    </message>
    <message>
        <source>Import prices</source>
        <translation>导入价格</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Prices apply from</source>
        <translation>价格生效日期</translation>
    </message>
    <message>
        <source>Also import resellers and hosting platforms (OpenRouter, Azure, Bedrock…)</source>
        <translation>同时导入转售商和托管平台（OpenRouter、Azure、Bedrock…）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing changes until you click Import.</source>
        <translation>点击“导入”之前，不会做任何更改。</translation>
    </message>
    <message>
        <source>Choose a price list to see what importing it would change.</source>
        <translation>选择价格表，即可预览导入后的变化。</translation>
    </message>
    <message>
        <source>A catalog CSV carries its own dates.</source>
        <translation>价格目录 CSV 自带生效日期。</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation>无法导入此文件；未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing to import: every price in this file is already in your catalog.</source>
        <translation>无需导入：此文件中的价格均已在价格目录中。</translation>
    </message>
    <message>
        <source>The vendor name differs from your catalog for {n} model(s); the imported name replaces it: {list}</source>
        <translation>有 {n} 个模型的厂商名称与价格目录不一致，将以导入的名称为准：{list}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已下线</translation>
    </message>
    <message>
        <source>no longer sold from {date}</source>
        <translation>自 {date} 起停售</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>{vendor} · per 1M tokens: input {input} · output {output}</source>
        <translation>{vendor} · 每百万 tokens：输入 {input} · 输出 {output}</translation>
    </message>
    <message>
        <source>cached {price}</source>
        <translation>缓存输入 {price}</translation>
    </message>
    <message>
        <source>+{n} context tier(s)</source>
        <translation>另有 {n} 个上下文分档</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Price lists (*.json *.csv);;LiteLLM, genai-prices or llm-prices-cn (*.json);;Catalog CSV (*.csv);;All files (*)</source>
        <translation>价格表 (*.json *.csv);;LiteLLM、genai-prices 或 llm-prices-cn (*.json);;价格目录 CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A LiteLLM map, genai-prices data.json, llm-prices-cn prices.json or a catalog CSV</source>
        <translation>LiteLLM 价格表、genai-prices 的 data.json、llm-prices-cn 的 prices.json 或价格目录 CSV</translation>
    </message>
    <message>
        <source>Where the price list gives no date; untouched: the list&apos;s own date.</source>
        <translation>用于价格表未注明日期的价格；不修改则采用价格表自身的日期。</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>LiteLLM</name>
    <message>
        <source>no mode given (not known to be a chat model)</source>
        <extracomment>Providers whose LiteLLM cost function uses ``tiered_pricing`` or flat prices only. Providers whose ``_above_N`` thresholds are inclusive (``n &gt;= N``) in LiteLLM. LiteLLM&apos;s assumed cache-hit share of the input price for Fireworks. Why an entry was skipped, for the common cases: a :class:`SkipReason` names its template here, and front ends show it translated (context &quot;LiteLLM&quot;).</extracomment>
        <translation>未注明 mode（不能确定是对话模型）</translation>
    </message>
    <message>
        <source>not a chat model (mode: {mode})</source>
        <translation>不是对话模型（mode：{mode}）</translation>
    </message>
    <message>
        <source>no litellm_provider (the vendor is unknown)</source>
        <translation>没有 litellm_provider（厂商未知）</translation>
    </message>
    <message>
        <source>no input or output price</source>
        <translation>没有输入和输出价格</translation>
    </message>
    <message>
        <source>no input price</source>
        <translation>没有输入价格</translation>
    </message>
    <message>
        <source>no output price</source>
        <translation>没有输出价格</translation>
    </message>
    <message>
        <source>sold by a reseller or platform ({name}); include resellers to import it</source>
        <translation>由转售商或托管平台销售（{name}）；勾选“导入转售商”后才导入</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inputs</source>
        <extracomment>The window&apos;s size on a first start, where the screen leaves room for it. Frame assumed before the window manager has framed the window (borders, title bar).</extracomment>
        <translation>参数设置</translation>
    </message>
    <message>
        <source>Workload and prices</source>
        <translation>用量与价格</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Models ({n})</source>
        <translation>模型（{n}）</translation>
    </message>
    <message>
        <source>An input field is invalid (marked in red); the results below are for the last valid inputs.</source>
        <extracomment>Input fields whose text is not a valid value (their last valid value is priced). Fields whose values are valid alone but not together (:class:`~calculator.ui.field_checks.FieldProblem`). Why the engine refused the scenario (the results on show are older), or None. User price files that could not be read and were left out. Notes of the results on show.</extracomment>
        <translation>有输入项无效（已标红）；下方结果基于上一次有效的输入。</translation>
    </message>
    <message>
        <source>Some of your price files could not be read and were left out: {problems}</source>
        <translation>部分价格文件无法读取，未被载入：{problems}</translation>
    </message>
    <message>
        <source>1 USD = {rate:g} CNY</source>
        <translation>1 美元 = {rate:g} 人民币</translation>
    </message>
    <message>
        <source>{n} models: {counts}</source>
        <translation>{n} 个模型：{counts}</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>{name}[*] — LLM Cost Calculator</source>
        <translation>{name}[*] — 大模型成本计算器</translation>
    </message>
    <message>
        <source>{n} rows copied with model ids and plain numbers: paste them into a spreadsheet.</source>
        <translation>已复制 {n} 行（含模型 ID 与纯数字），可直接粘贴到电子表格。</translation>
    </message>
    <message>
        <source>About LLM Cost Calculator</source>
        <translation>关于大模型成本计算器</translation>
    </message>
    <message>
        <source>&lt;b&gt;LLM Cost Calculator&lt;/b&gt; {version}&lt;br&gt;Monthly LLM API spend across vendors, before and after the May 2024 price cuts.&lt;br&gt;{age}; every price shows its source and the date it took effect in the table&apos;s tooltips.</source>
        <translation>&lt;b&gt;大模型成本计算器&lt;/b&gt; {version}&lt;br&gt;测算各厂商大模型 API 的月度费用，对比 2024 年 5 月降价前后的变化。&lt;br&gt;{age}；每个价格的来源及生效日期均在表格的提示信息中注明。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New scenario</source>
        <extracomment>a preset&apos;s title (context &quot;Presets&quot;) put into ``text``&apos;s ``{preset}`` The fixed commands, in menu order. &quot;recent&quot; is the Open recent submenu.</extracomment>
        <translation>新建场景(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import prices…</source>
        <translation>导入价格(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Update prices…</source>
        <translation>更新价格(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Prices and sources…</source>
        <translation>价格与来源(&amp;P)…</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>PNG 图表…</translation>
    </message>
    <message>
        <source>This chart as PNG or SVG…</source>
        <translation>当前图表导出为 PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Charts as PNG, double resolution…</source>
        <translation>PNG 图表（2 倍分辨率）…</translation>
    </message>
    <message>
        <source>Charts as SVG…</source>
        <translation>SVG 图表…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>CSV 表格…</translation>
    </message>
    <message>
        <source>Table as Excel…</source>
        <translation>Excel 表格…</translation>
    </message>
    <message>
        <source>Report as HTML…</source>
        <translation>HTML 报告…</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>Everything to a folder…</source>
        <translation>全部导出到文件夹…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>复制表格(&amp;C)</translation>
    </message>
    <message>
        <source>Copy c&amp;hart as image</source>
        <translation>将图表复制为图片(&amp;H)</translation>
    </message>
    <message>
        <source>Select all shown &amp;models</source>
        <translation>勾选所有显示的模型(&amp;M)</translation>
    </message>
    <message>
        <source>Clear shown models</source>
        <translation>取消勾选显示的模型</translation>
    </message>
    <message>
        <source>&amp;Find model…</source>
        <translation>查找模型(&amp;F)…</translation>
    </message>
    <message>
        <source>P&amp;lans, budget and commitments…</source>
        <translation>方案、预算与承诺(&amp;L)…</translation>
    </message>
    <message>
        <source>Plan A beside plan &amp;B…</source>
        <translation>方案 A 与方案 B 对比(&amp;B)…</translation>
    </message>
    <message>
        <source>Show money in CNY (¥)</source>
        <translation>金额以人民币（¥）显示</translation>
    </message>
    <message>
        <source>Show money in USD ($)</source>
        <translation>金额以美元（$）显示</translation>
    </message>
    <message>
        <source>Bar charts: leave out models without a value</source>
        <translation>柱状图：不显示无数值的模型</translation>
    </message>
    <message>
        <source>Monthly spend: current cost by part</source>
        <translation>月度支出：当前费用构成</translation>
    </message>
    <message>
        <source>Chart: monthly spend</source>
        <translation>图表：月度费用</translation>
    </message>
    <message>
        <source>Chart: savings</source>
        <translation>图表：节省</translation>
    </message>
    <message>
        <source>Chart: projection</source>
        <translation>图表：预测</translation>
    </message>
    <message>
        <source>Chart: price history</source>
        <translation>图表：价格历史</translation>
    </message>
    <message>
        <source>Price history: logarithmic scale</source>
        <translation>价格历史：对数刻度</translation>
    </message>
    <message>
        <source>Price history: input price</source>
        <translation>价格历史：输入价格</translation>
    </message>
    <message>
        <source>Price history: output price</source>
        <translation>价格历史：输出价格</translation>
    </message>
    <message>
        <source>Price history: blended price of your mix</source>
        <translation>价格历史：按输入/输出配比的综合价格</translation>
    </message>
    <message>
        <source>Projection: lines at baseline prices</source>
        <translation>预测：显示基准价格线</translation>
    </message>
    <message>
        <source>Large amounts in 万 and 亿 (Chinese)</source>
        <translation>大数以“万”“亿”为单位</translation>
    </message>
    <message>
        <source>&amp;About LLM Cost Calculator</source>
        <translation>关于大模型成本计算器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Language names are written in their own language, never translated.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Compare: {preset}</source>
        <translation>对比：{preset}</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>（无最近文件）</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Search models, vendors, 中文名</source>
        <translation>搜索模型、厂商、中文名</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部档位</translation>
    </message>
    <message>
        <source>Select shown</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Clear shown</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Check every model the search and tier filter show</source>
        <translation>勾选当前搜索和档位筛选显示的所有模型</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>No monthly request count: {count} model(s) with context-length tiers are priced at their lowest tier.</source>
        <translation>未设置每月请求数：{count} 个按上下文长度分档计价的模型按最低档计价。</translation>
    </message>
    <message>
        <source>{currencies} prices converted to {currency} at {rate}.</source>
        <translation>{currencies} 价格已按 {rate} 换算为 {currency}。</translation>
    </message>
    <message>
        <source>Discounts off list prices: {discounts}.</source>
        <translation>标价折扣：{discounts}。</translation>
    </message>
    <message>
        <source>Not in the price catalog, left out: {models}.</source>
        <translation>不在价格目录中，未计入：{models}。</translation>
    </message>
    <message>
        <source>Reference model {model} is not in the price catalog.</source>
        <translation>参照模型 {model} 不在价格目录中。</translation>
    </message>
    <message>
        <source>The current date ({current}) is before the baseline date ({baseline}): savings run backwards in time, from the later prices to the earlier ones.</source>
        <translation>当前日期（{current}）早于基准日期（{baseline}）：节省额按时间倒推，即从较晚的价格到较早的价格。</translation>
    </message>
    <message>
        <source>Plan {plan} left out: not in the price catalog: {models}.</source>
        <translation>方案 {plan} 未计入：价格目录中没有 {models}。</translation>
    </message>
    <message>
        <source>Plan {plan} left out: a model has the same id; rename the plan.</source>
        <translation>方案 {plan} 未计入：已有同名模型 ID，请重命名该方案。</translation>
    </message>
    <message>
        <source>Retired by {date}, so not priced: {models}.</source>
        <translation>截至 {date} 已停用，因此不计价：{models}。</translation>
    </message>
    <message>
        <source>Billed as another model at its prices: {pairs}.</source>
        <translation>按另一模型的价格计费：{pairs}。</translation>
    </message>
    <message>
        <source>Promotional prices used (valid until their end date): {models}.</source>
        <translation>使用了促销价（在截止日期前有效）：{models}。</translation>
    </message>
    <message>
        <source>Promotional prices are in effect but list prices are used: {models}.</source>
        <translation>以下模型正在促销，但此处使用刊例价：{models}。</translation>
    </message>
    <message>
        <source>Time-banded prices ({models}): {share} of the traffic is billed at off-peak rates, as set by hand.</source>
        <translation>分时段价格（{models}）：手动设定 {share} 的流量按闲时价计费。</translation>
    </message>
    <message>
        <source>Time-banded prices: the {profile} traffic profile ({zone}) over {month}, on the vendor&apos;s clock and holiday calendar, is billed off-peak at this share: {shares}.</source>
        <translation>分时段价格：{profile}流量分布（{zone}）铺开到 {month}，按厂商所在时区和节假日日历，闲时计费占比为：{shares}。</translation>
    </message>
    <message>
        <source>flat</source>
        <extracomment>Values that are words rather than names or numbers, translated like the templates: traffic profiles (``profile``) and service variants (``variants``, comma-separated).</extracomment>
        <translation>均匀</translation>
    </message>
    <message>
        <source>business-hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>evenings</source>
        <translation>晚间</translation>
    </message>
    <message>
        <source>overnight-batch</source>
        <translation>夜间批处理</translation>
    </message>
    <message>
        <source>own</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批处理</translation>
    </message>
    <message>
        <source>flex</source>
        <translation>弹性</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Time-banded prices: traffic spread evenly over the week on the vendor&apos;s clock, so this share is billed off-peak: {shares}.</source>
        <translation>分时段价格：流量按厂商所在时区均匀分布在一周内，因此按闲时价格计费的比例为：{shares}。</translation>
    </message>
    <message>
        <source>No {variants} prices, so standard prices are used: {models}.</source>
        <translation>以下模型没有 {variants} 价格，因此按标准价格计费：{models}。</translation>
    </message>
    <message>
        <source>The newest price of these models is more than {days} days older than the current date ({date}); check for newer prices: {models}.</source>
        <translation>以下模型的最新价格比当前日期（{date}）早 {days} 天以上，请核实是否有更新的价格：{models}。</translation>
    </message>
    <message>
        <source>Prices last confirmed more than a year before the date they price (marked as old): {models}.</source>
        <translation>以下价格最后一次核实距计价日期已超过一年（标记为过旧）：{models}。</translation>
    </message>
    <message>
        <source>Self-hosted rows ({names}) have no cost at the baseline date: the GPU prices entered are today&apos;s.</source>
        <translation>自托管行（{names}）在基准日期没有成本：所填的 GPU 价格是当前价格。</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <source>uncached input</source>
        <extracomment>The parts a cost splits into (``calculator.engine.pricing_parts.PARTS``, same order): their words (context &quot;Parts&quot;) and chart colours.</extracomment>
        <translation>未缓存输入</translation>
    </message>
    <message>
        <source>cache reads</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <source>cache writes</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>search fees</source>
        <translation>搜索费</translation>
    </message>
</context>
<context>
    <name>PlanCharts</name>
    <message>
        <source>Cumulative spend</source>
        <translation>累计费用</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>{currency}</source>
        <translation>{currency}</translation>
    </message>
    <message>
        <source>Budget ({amount} a month)</source>
        <translation>预算（每月 {amount}）</translation>
    </message>
    <message>
        <source>over budget from month {month}</source>
        <translation>自第 {month} 个月起超出预算</translation>
    </message>
    <message>
        <source>total over budget from month {month}</source>
        <translation>自第 {month} 个月起累计超出预算</translation>
    </message>
    <message>
        <source>{option}, month {month}
{what}: {money}</source>
        <translation>{option}，第 {month} 个月
{what}：{money}</translation>
    </message>
    <message>
        <source>Choose two to four options to compare</source>
        <translation>请选择二到四个方案进行比较</translation>
    </message>
    <message>
        <source>Monthly cost by monthly volume</source>
        <translation>不同月用量下的月成本</translation>
    </message>
    <message>
        <source>Tokens a month</source>
        <translation>每月 token 数</translation>
    </message>
    <message>
        <source>{currency} a month</source>
        <translation>{currency}/月</translation>
    </message>
    <message>
        <source>today</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>{name} wins from {volume}</source>
        <translation>{name} 自 {volume} 起更便宜</translation>
    </message>
    <message>
        <source>{name}: {money} a month at {volume} tokens</source>
        <translation>{name}：每月 {volume} token 时每月 {money}</translation>
    </message>
    <message>
        <source>Nothing to compare at these volumes</source>
        <translation>在这些用量下没有可比较的内容</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>Pay as you go</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>评估对象</translation>
    </message>
    <message>
        <source>Add offers from a CSV file…</source>
        <translation>从 CSV 文件添加优惠…</translation>
    </message>
    <message>
        <source>Prepaid packs, subscriptions and free quotas against paying as you go, over the scenario&apos;s horizon and growth. Free quotas are used first; a pack&apos;s leftover expires. Coding plans serve coding tools only.</source>
        <translation>在场景的预测期和增长率下，将预付资源包、订阅套餐和免费额度与按量付费比较。免费额度最先使用；资源包未用完的部分到期作废。编程套餐仅限编程工具使用。</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Effective a month</source>
        <translation>实际每月成本</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>Saving a month</source>
        <translation>每月节省</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>浪费</translation>
    </message>
    <message>
        <source>Not served</source>
        <translation>未能服务</translation>
    </message>
    <message>
        <source>Wins from (tokens a month)</source>
        <translation>更划算的起点（每月 token）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>prepaid pack</source>
        <translation>预付资源包</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>订阅套餐</translation>
    </message>
    <message>
        <source>free quota</source>
        <translation>免费额度</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>any volume</source>
        <translation>任何用量</translation>
    </message>
    <message>
        <source>{status}, {checked}</source>
        <translation>{status}，{checked}</translation>
    </message>
    <message>
        <source>Self-hosted deployment</source>
        <translation>自托管部署</translation>
    </message>
    <message>
        <source>Replicas of GPUs serve the workload. Replica-hours = (input tokens / input throughput + output tokens / output throughput) / 3600 / utilisation; a replica runs 730 hours a month.</source>
        <translation>由若干 GPU 副本承载工作负载。副本小时数 =（输入 token / 输入吞吐量 + 输出 token / 输出吞吐量）/ 3600 / 利用率；每个副本每月运行 730 小时。</translation>
    </message>
    <message>
        <source>Your own price</source>
        <translation>自定价格</translation>
    </message>
    <message>
        <source>e.g. own H100 node</source>
        <translation>例如：自有 H100 节点</translation>
    </message>
    <message>
        <source>per GPU per hour</source>
        <translation>每 GPU 每小时</translation>
    </message>
    <message>
        <source>GPUs in one replica, e.g. 8</source>
        <translation>每个副本的 GPU 数，例如 8</translation>
    </message>
    <message>
        <source>input tokens per second per replica</source>
        <translation>每个副本每秒输入 token 数</translation>
    </message>
    <message>
        <source>output tokens per second per replica</source>
        <translation>每个副本每秒输出 token 数</translation>
    </message>
    <message>
        <source>share of the time busy, e.g. 60%</source>
        <translation>忙碌时间占比，例如 60%</translation>
    </message>
    <message>
        <source>staff, storage, network… (0 if none)</source>
        <translation>人员、存储、网络等（没有则填 0）</translation>
    </message>
    <message>
        <source>empty: the scenario&apos;s growth</source>
        <translation>留空：使用场景的增长率</translation>
    </message>
    <message>
        <source>Save this price as a preset</source>
        <translation>将此价格存为预设</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>GPU preset</source>
        <translation>GPU 预设</translation>
    </message>
    <message>
        <source>GPU price per hour</source>
        <translation>GPU 每小时价格</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>GPUs per replica</source>
        <translation>每个副本的 GPU 数</translation>
    </message>
    <message>
        <source>Input throughput (tokens/s)</source>
        <translation>输入吞吐量（token/秒）</translation>
    </message>
    <message>
        <source>Output throughput (tokens/s)</source>
        <translation>输出吞吐量（token/秒）</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Fixed cost a month</source>
        <translation>每月固定成本</translation>
    </message>
    <message>
        <source>Own monthly growth</source>
        <translation>单独的月增长率</translation>
    </message>
    <message>
        <source>A price you enter is yours; say where it comes from in the scenario notes.</source>
        <translation>自行输入的价格由您负责；请在场景备注中注明来源。</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>{provider}, price of {date} ({status}): &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>{provider}，{date} 的价格（{status}）：&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>My GPU</source>
        <translation>我的 GPU</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>由您输入</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>您的价格</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>A name cannot contain = , : or a line break.</source>
        <translation>名称不能包含 = , : 或换行。</translation>
    </message>
    <message>
        <source>Another plan or a model already has this name.</source>
        <translation>已有同名的方案或模型。</translation>
    </message>
    <message>
        <source>Add at least one model.</source>
        <translation>请至少添加一个模型。</translation>
    </message>
    <message>
        <source>{model} is not in the price catalog.</source>
        <translation>价格目录中没有 {model}。</translation>
    </message>
    <message>
        <source>{model} is listed twice.</source>
        <translation>{model} 重复列出。</translation>
    </message>
    <message>
        <source>Enter a share such as 0.7 or 70%.</source>
        <translation>请输入占比，例如 0.7 或 70%。</translation>
    </message>
    <message>
        <source>A share is between 0% and 100%.</source>
        <translation>占比应在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The shares add up to {total}, not 100%.</source>
        <translation>各占比合计为 {total}，不是 100%。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Must be above 0.</source>
        <translation>必须大于 0。</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>Enter a whole number of GPUs (1 or more).</source>
        <translation>请输入整数个 GPU（至少 1 个）。</translation>
    </message>
    <message>
        <source>Between 0% (not included) and 100%.</source>
        <translation>应大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <source>Enter a monthly growth such as 10% or -5% (-99% to 1000%).</source>
        <translation>请输入月增长率，例如 10% 或 -5%（-99% 至 1000%）。</translation>
    </message>
    <message>
        <source>M{n}</source>
        <translation>第{n}月</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>{row}, month {month}: {money}</source>
        <translation>{row}，第 {month} 个月：{money}</translation>
    </message>
    <message>
        <source>month {n}</source>
        <translation>第 {n} 个月</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Within the budget for {n} month(s), then above it from month {first}.</source>
        <translation>在预算内 {n} 个月，自第 {first} 个月起超出预算。</translation>
    </message>
    <message>
        <source>e.g. 70%</source>
        <translation>例如 70%</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Routing plan</source>
        <translation>路由方案</translation>
    </message>
    <message>
        <source>Share the traffic between models. The plan costs the share-weighted sum of what the whole workload costs on each model.</source>
        <translation>在多个模型之间分配流量。方案成本为整体工作负载在各模型上的成本按占比加权之和。</translation>
    </message>
    <message>
        <source>e.g. cheap first</source>
        <translation>例如：低价优先</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Share of traffic</source>
        <translation>流量占比</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>The shares add up to 100%.</source>
        <translation>各占比合计为 100%。</translation>
    </message>
    <message>
        <source>Put two to four options side by side: a model, a routing plan or a self-hosted deployment of this scenario or of another scenario file, each with its own workload, prices and growth.</source>
        <translation>将二到四个方案并排比较：可以是本场景或其他场景文件中的模型、路由方案或自托管部署，各自使用自己的工作负载、价格和增长率。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Model or plan</source>
        <translation>模型或方案</translation>
    </message>
    <message>
        <source>Growth a month</source>
        <translation>月增长率</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <extracomment>What a window manager adds around the window (title bar, borders), in pixels.</extracomment>
        <translation>累计</translation>
    </message>
    <message>
        <source>Add a scenario file…</source>
        <translation>添加场景文件…</translation>
    </message>
    <message>
        <source>Export for a memo…</source>
        <translation>导出用于决策备忘录…</translation>
    </message>
    <message>
        <source>Plan {letter}</source>
        <translation>方案 {letter}</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>本场景</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>A self-hosted deployment grows as set in its editor.</source>
        <translation>自托管部署按其编辑器中设定的增长率增长。</translation>
    </message>
    <message>
        <source>This option&apos;s monthly growth, such as 30% (empty: the growth of its scenario or plan).</source>
        <translation>此选项的月增长率，如 30%（留空：使用其场景或方案的增长率）。</translation>
    </message>
    <message>
        <source>Money in {currency}; {fx}; each option priced with its scenario&apos;s workload and prices, at the growth shown.</source>
        <translation>金额单位 {currency}；{fx}；每个选项按其场景的用量和价格计价，增长率如表所示。</translation>
    </message>
    <message>
        <source>{a} or {b}?</source>
        <translation>{a} 还是 {b}？</translation>
    </message>
    <message>
        <source>Choose at least two options.</source>
        <translation>请至少选择两个方案。</translation>
    </message>
    <message>
        <source>A plan is what you decide between: a mix of models, your own GPUs, each with its own growth, against a monthly budget. Plans show as rows beside the models in the table and the charts.</source>
        <translation>方案就是您要在其中做出选择的对象：多个模型的组合或自有 GPU，各自有自己的增长率，并与每月预算对照。方案会作为行与模型一起显示在表格和图表中。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>e.g. 50k or 5万 (empty: none)</source>
        <translation>例如 50k 或 5万（留空：无预算）</translation>
    </message>
    <message>
        <source>Projection: also draw baseline-price lines</source>
        <translation>预测图：同时绘制基准价格线</translation>
    </message>
    <message>
        <source>Projection: plans only (not the models)</source>
        <translation>预测图：只显示方案（不显示模型）</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Add routing plan…</source>
        <translation>添加路由方案…</translation>
    </message>
    <message>
        <source>Add self-hosted…</source>
        <translation>添加自托管…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Plan A beside plan B…</source>
        <translation>方案 A 与方案 B 对比…</translation>
    </message>
    <message>
        <source>Month by month…</source>
        <translation>逐月明细…</translation>
    </message>
    <message>
        <source>Self-hosting break-even…</source>
        <translation>自托管盈亏平衡…</translation>
    </message>
    <message>
        <source>Packs, coding plans, free quotas…</source>
        <translation>资源包、编程套餐、免费额度…</translation>
    </message>
    <message>
        <source>{name}: {mix}, {growth} a month</source>
        <translation>{name}：{mix}，每月 {growth}</translation>
    </message>
    <message>
        <source>{name}: self-hosted, {desc}{fixed}, {growth} a month</source>
        <translation>{name}：自托管，{desc}{fixed}，每月 {growth}</translation>
    </message>
    <message>
        <source>A budget is above 0; leave the field empty for none.</source>
        <translation>预算必须大于 0；不设预算请留空。</translation>
    </message>
    <message>
        <source>Spend per month at current prices, each row with its own growth. Set a monthly budget in the Plans tab to see when each passes it.</source>
        <translation>按当前价格计算的每月支出，每行使用各自的增长率。在“方案”标签页设置每月预算，即可看到各行何时超出预算。</translation>
    </message>
    <message>
        <source>Spend per month at current prices against a budget of {budget} a month; months above it are shaded, the first one darker.</source>
        <translation>按当前价格计算的每月支出，对照每月 {budget} 的预算；超出预算的月份有底色，首个超出的月份颜色更深。</translation>
    </message>
    <message>
        <source>Plans, budget and commitments</source>
        <translation>方案、预算与承诺</translation>
    </message>
    <message>
        <source>Plan A beside plan B</source>
        <translation>方案 A 与方案 B 对比</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月明细</translation>
    </message>
    <message>
        <source>Self-hosting</source>
        <translation>自托管</translation>
    </message>
    <message>
        <source>Packs and plans</source>
        <translation>资源包与套餐</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Compare with a scenario file</source>
        <translation>与场景文件比较</translation>
    </message>
    <message>
        <source>Cannot compare with this scenario</source>
        <translation>无法与此场景比较</translation>
    </message>
    <message>
        <source>Export for a memo</source>
        <translation>导出用于决策备忘录</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Add offers from a CSV file</source>
        <translation>从 CSV 文件添加优惠</translation>
    </message>
    <message>
        <source>Cannot add these offers</source>
        <translation>无法添加这些优惠</translation>
    </message>
    <message>
        <source>Your own GPUs cost the same each month until the traffic needs another replica (a step); an API costs in proportion to the traffic (a straight line). Add deployments in the Plans tab; the table says from which monthly volume each one is cheaper than each model.</source>
        <translation>自有 GPU 每月成本固定，直到流量需要再增加一个副本（阶梯）；API 成本与流量成正比（直线）。请在“方案”标签页添加部署；下表列出每个部署从多大的月用量起比各模型更便宜。</translation>
    </message>
    <message>
        <source>Add a self-hosted deployment in the Plans tab to compare it with the API models.</source>
        <translation>请在“方案”标签页添加自托管部署，以便与 API 模型比较。</translation>
    </message>
    <message>
        <source>{name} beats {model} from {volume}</source>
        <translation>{name} 自 {volume} 起比 {model} 更便宜</translation>
    </message>
    <message>
        <source>{name} ({cost} a month today, {replicas} replica(s))</source>
        <translation>{name}（当前每月 {cost}，{replicas} 个副本）</translation>
    </message>
    <message>
        <source>the API is always cheaper</source>
        <translation>API 始终更便宜</translation>
    </message>
    <message>
        <source>cheaper at any volume</source>
        <translation>任何用量下都更便宜</translation>
    </message>
    <message>
        <source>cheaper from {first} tokens a month; for good from {stable}</source>
        <translation>每月 {first} token 起更便宜；{stable} 起始终更便宜</translation>
    </message>
    <message>
        <source>cheaper from {first} tokens a month</source>
        <translation>每月 {first} token 起更便宜</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>May 2024 price war</source>
        <translation>2024 年 5 月价格战</translation>
    </message>
</context>
<context>
    <name>PriceAge</name>
    <message>
        <source>your prices</source>
        <translation>我的价格</translation>
    </message>
    <message>
        <source>Newest price {date}</source>
        <translation>最新价格 {date}</translation>
    </message>
</context>
<context>
    <name>PriceForm</name>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Vendor, Chinese name</source>
        <translation>厂商中文名</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Only requests above</source>
        <translation>仅限输入超过</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Input per 1M tokens</source>
        <translation>输入 / 百万 tokens</translation>
    </message>
    <message>
        <source>Output per 1M tokens</source>
        <translation>输出 / 百万 tokens</translation>
    </message>
    <message>
        <source>Cached input per 1M</source>
        <translation>缓存输入 / 百万 tokens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. my-llama-70b (no spaces)</source>
        <translation>例如 my-llama-70b（不含空格）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>optional, e.g. 128k</source>
        <translation>选填，例如 128k</translation>
    </message>
    <message>
        <source>empty: every request; e.g. 128k for a long-context price</source>
        <translation>留空表示所有请求；长上下文价格可填 128k 等</translation>
    </message>
    <message>
        <source>empty if unknown, 0 if free</source>
        <translation>未知请留空，免费请填 0</translation>
    </message>
    <message>
        <source>empty: billed at the input price</source>
        <translation>留空则按输入价格计费</translation>
    </message>
    <message>
        <source>a link, or where the price comes from (contract, email…)</source>
        <translation>链接，或价格出处（合同、邮件…）</translation>
    </message>
    <message>
        <source>pick one or type a new one</source>
        <translation>选择已有项或输入新名称</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>A model the catalog does not ship: a private deployment or another vendor. Its price applies from the date you give.</source>
        <translation>价格目录未内置的模型：私有部署或其他厂商。其价格自您填写的日期起生效。</translation>
    </message>
    <message>
        <source>Add a price for {model}</source>
        <translation>为 {model} 添加价格</translation>
    </message>
    <message>
        <source>&lt;b&gt;{model}&lt;/b&gt; ({id}) · {vendor}&lt;br&gt;A price you pay (a negotiated or private rate) from a date on; it replaces the list price from that date.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt; ({id}) · {vendor}&lt;br&gt;您自某日起实际支付的价格（协商价或专属价），从该日起取代标价。</translation>
    </message>
    <message>
        <source>is already in the catalog: select it and use “Add price…”</source>
        <translation>已在价格目录中：请选中该模型，再使用“添加价格…”</translation>
    </message>
    <message>
        <source>is not a token count ({reason})</source>
        <translation>不是有效的 tokens 数（{reason}）</translation>
    </message>
    <message>
        <source>first add your price for every request (leave this empty); a context-tier price needs it</source>
        <translation>请先添加适用于所有请求的价格（此项留空）；上下文分档价格依赖它</translation>
    </message>
    <message>
        <source>Still needed: {fields}</source>
        <translation>尚需填写：{fields}</translation>
    </message>
    <message>
        <source>Replaces the {origin} price effective {date}.</source>
        <translation>将取代 {date} 起生效的{origin}价格。</translation>
    </message>
    <message>
        <source>Price not saved</source>
        <translation>价格未保存</translation>
    </message>
    <message>
        <source>Your prices were not changed: {reason}</source>
        <translation>我的价格未做更改：{reason}</translation>
    </message>
</context>
<context>
    <name>PriceHistory</name>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Context tier</source>
        <translation>上下文分档</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation>输入 / 百万 tokens</translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation>输出 / 百万 tokens</translation>
    </message>
    <message>
        <source>Cached / 1M</source>
        <translation>缓存输入 / 百万 tokens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No cache price: cached input tokens are billed at the input price.</source>
        <translation>无缓存价格：缓存命中的输入 tokens 按输入价格计费。</translation>
    </message>
    <message>
        <source>Unknown: no published price was found; costs that need it are left out, not counted as 0.</source>
        <translation>未知：未找到公开价格；相关费用不计入合计，而非按 0 计算。</translation>
    </message>
    <message>
        <source>Uncertain: part of this record could not be confirmed; see the notes.</source>
        <translation>待核实：此记录有部分内容未能核实，请查看备注。</translation>
    </message>
</context>
<context>
    <name>PriceInfo</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Priced at</source>
        <translation>计价日期</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Context tier</source>
        <translation>上下文分档</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>In the table</source>
        <translation>表中价格</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>缓存命中输入</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>月度费用</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>{model}: {side} price</source>
        <translation>{model}：{side}价格</translation>
    </message>
    <message>
        <source>Not offered on {date}: the first price record of this model is from {launched}.</source>
        <translation>{date} 尚未推出：该模型最早的价格记录为 {launched}。</translation>
    </message>
    <message>
        <source>Free: the vendor charges 0 for this model on {date}.</source>
        <translation>免费：{date} 厂商对该模型不收费。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Unknown {which} price: no published price was found for {date}. Costs that need it are shown as unknown and left out of totals, not counted as 0.</source>
        <translation>{which}价格未知：未找到 {date} 的公开价格。相关费用显示为“未知”，不计入合计，而非按 0 计算。</translation>
    </message>
    <message>
        <source>input {input} · output {output} per 1M tokens ({currency})</source>
        <translation>每百万 tokens：输入 {input} · 输出 {output}（{currency}）</translation>
    </message>
    <message>
        <source>{price} per 1M tokens ({currency})</source>
        <translation>每百万 tokens {price}（{currency}）</translation>
    </message>
    <message>
        <source>no cache price: cached input is billed at the input price</source>
        <translation>无缓存价格：缓存命中输入按输入价格计费</translation>
    </message>
    <message>
        <source>{cost} for this workload</source>
        <translation>按当前用量为 {cost}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>input {input} · output {output} per 1M tokens</source>
        <translation>每百万 tokens：输入 {input} · 输出 {output}</translation>
    </message>
    <message>
        <source>converted at {rate}</source>
        <translation>按 {rate} 换算</translation>
    </message>
    <message>
        <source>includes a {pct} vendor discount</source>
        <translation>已计入厂商折扣（减免 {pct}）</translation>
    </message>
    <message>
        <source>part of this record (a price or its date) could not be confirmed from the sources; see the notes.</source>
        <translation>此记录有部分内容（价格或日期）未能从来源核实，请查看备注。</translation>
    </message>
</context>
<context>
    <name>PriceText</name>
    <message>
        <source>as input</source>
        <extracomment>Colours for states of a price, the same in every table (from the vocabulary).</extracomment>
        <translation>同输入价</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>any request</source>
        <translation>所有请求</translation>
    </message>
    <message>
        <source>above {tokens} input tokens</source>
        <translation>输入超过 {tokens} tokens</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>imported ({file})</source>
        <translation>导入（{file}）</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>(+{n} more)</source>
        <translation>（另 {n} 个）</translation>
    </message>
</context>
<context>
    <name>PricingPanel</name>
    <message>
        <source>Custom</source>
        <extracomment>The &quot;Compare&quot; entry shown when the scenario matches no preset (not one to choose).</extracomment>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>A preset sets the models, both dates, the reference and the exchange rate in one step (Edit &gt; Undo takes it back). &quot;Custom&quot;: your own dates or models.</source>
        <translation>预设一步设定模型、两个日期、参照模型和汇率（“编辑 &gt; 撤销”可撤回）。“自定义”：您自己选的日期或模型。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>基准日期</translation>
    </message>
    <message>
        <source>Current date</source>
        <translation>当前日期</translation>
    </message>
    <message>
        <source>Show money in</source>
        <translation>金额币种</translation>
    </message>
    <message>
        <source>CNY per USD</source>
        <translation>人民币/美元</translation>
    </message>
    <message>
        <source>We use today</source>
        <translation>我们现在用</translation>
    </message>
    <message>
        <source>Prices in effect on this date: what the workload cost before the cuts.</source>
        <translation>按该日期生效的价格计算：降价前这些用量的费用。</translation>
    </message>
    <message>
        <source>Prices in effect on this date: what it costs now.</source>
        <translation>按该日期生效的价格计算：现在的费用。</translation>
    </message>
    <message>
        <source>Back to the default rate</source>
        <translation>恢复默认汇率</translation>
    </message>
    <message>
        <source>The model your team uses today; the table shows what switching to each model would save per month.</source>
        <translation>团队目前使用的模型；表格将显示换用各模型每月可节省多少。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Rate of {date} (the preset&apos;s); source: {source}</source>
        <translation>{date} 的汇率（预设自带）；来源：{source}</translation>
    </message>
    <message>
        <source>Default rate: {rate}</source>
        <translation>默认汇率：{rate}</translation>
    </message>
    <message>
        <source>Default rate of {date}; source: {source}</source>
        <translation>{date} 默认汇率；来源：{source}</translation>
    </message>
    <message>
        <source>Your rate (default {rate:g})</source>
        <translation>自定义汇率（默认 {rate:g}）</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Monthly spend per model, baseline and current prices</source>
        <translation>各模型月度费用（基准价格与当前价格）</translation>
    </message>
    <message>
        <source>Monthly savings from the price changes</source>
        <translation>调价带来的月度节省</translation>
    </message>
    <message>
        <source>Projected monthly and cumulative spend</source>
        <translation>每月与累计费用预测</translation>
    </message>
    <message>
        <source>Price per 1M tokens over time</source>
        <translation>每百万 tokens 价格走势</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Appendix: price records and sources</source>
        <translation>附录：价格记录与来源</translation>
    </message>
    <message>
        <source>Current cost by part</source>
        <translation>当前费用构成</translation>
    </message>
    <message>
        <source>≈ marks a cost from a price the catalog lists as uncertain; the appendix names its sources.</source>
        <translation>≈ 表示该费用所依据的价格在价格库中标记为“待核实”；其来源见附录。</translation>
    </message>
    <message>
        <source>Made with {app} {version}. Prices are list prices in the currency each vendor bills, converted at the rate above; free (0), unknown and not offered are kept apart.</source>
        <extracomment>Latin text in a Latin face (typographic quotes stay narrow), Chinese in a CJK face. Width of a chart on an A4 page, in the PDF layout&apos;s CSS pixels (180 mm of text width).</extracomment>
        <translation>由 {app} {version} 生成。价格为各厂商以其结算币种公布的标准价，已按上文汇率换算；免费（0）、未知与未推出分别列示。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Baseline / month</source>
        <translation>基准费用 / 月</translation>
    </message>
    <message>
        <source>Current / month</source>
        <translation>当前费用 / 月</translation>
    </message>
    <message>
        <source>Savings / month</source>
        <translation>节省 / 月</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>节省 %</translation>
    </message>
    <message>
        <source>Current / request</source>
        <translation>当前 / 每次请求</translation>
    </message>
    <message>
        <source>Current / year</source>
        <translation>当前 / 每年</translation>
    </message>
    <message>
        <source>vs {reference} / month</source>
        <translation>较 {reference} 节省 / 月</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation>输入 / 百万 tokens</translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation>输出 / 百万 tokens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Comparison</source>
        <extracomment>Text that a spreadsheet shows as text, never runs (the one sanitiser, engine.text).</extracomment>
        <translation>对比</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Price records</source>
        <translation>价格记录</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月明细</translation>
    </message>
    <message>
        <source>LLM Cost Calculator</source>
        <translation>大模型成本计算器</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>{inp} input ({cached} cached), {out} output tokens</source>
        <translation>输入 {inp} tokens（缓存命中 {cached}），输出 {out} tokens</translation>
    </message>
    <message>
        <source>, {n} requests</source>
        <translation>，请求 {n} 次</translation>
    </message>
    <message>
        <source> per month</source>
        <translation>（均为每月）</translation>
    </message>
    <message>
        <source>rate of {date}</source>
        <translation>{date} 汇率</translation>
    </message>
    <message>
        <source>set in this scenario</source>
        <translation>本场景设定</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>1 USD = {rate:g} CNY</source>
        <translation>1 美元 = {rate:g} 人民币</translation>
    </message>
    <message>
        <source>Prices of {baseline} compared with {current}; money in {currency}, {fx}</source>
        <translation>对比 {baseline} 与 {current} 的价格；金额单位 {currency}，{fx}</translation>
    </message>
    <message>
        <source>growth {pct} / month over {n} months</source>
        <translation>{n} 个月内每月增长 {pct}</translation>
    </message>
    <message>
        <source>{comparison}: prices of {baseline} and {current}; money in {currency}, {fx}</source>
        <translation>{comparison}：{baseline} 与 {current} 的价格；金额单位 {currency}，{fx}</translation>
    </message>
    <message>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>{label}, monthly</source>
        <translation>{label}，每月</translation>
    </message>
    <message>
        <source>{label}, cumulative</source>
        <translation>{label}，累计</translation>
    </message>
    <message>
        <source>Budget, monthly</source>
        <translation>预算，每月</translation>
    </message>
    <message>
        <source>Budget, cumulative</source>
        <translation>预算，累计</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Discounts: {list}</source>
        <translation>折扣：{list}</translation>
    </message>
    <message>
        <source>{target} {pct} off list</source>
        <translation>{target} 标价减 {pct}</translation>
    </message>
    <message>
        <source>{target} {pct} off list from {date}</source>
        <translation>{target} 自 {date} 起标价减 {pct}</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Growth a month</source>
        <translation>月增长率</translation>
    </message>
    <message>
        <source>Month 1</source>
        <translation>第 1 个月</translation>
    </message>
    <message>
        <source>Month {n}</source>
        <translation>第 {n} 个月</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>First month over budget</source>
        <translation>首次超出预算的月份</translation>
    </message>
    <message>
        <source>Total over budget from month</source>
        <translation>累计超出预算的起始月份</translation>
    </message>
    <message>
        <source>Months within budget</source>
        <translation>预算内的月数</translation>
    </message>
    <message>
        <source>{label}: the cost is not known for every month.</source>
        <translation>{label}：并非每个月的成本都已知。</translation>
    </message>
    <message>
        <source>{label}: {total} over {months} months.</source>
        <translation>{label}：{months} 个月共 {total}。</translation>
    </message>
    <message>
        <source>{label} passes the {budget} monthly budget in month {month} ({cost} that month); {total} over {months} months.</source>
        <translation>{label} 在第 {month} 个月超出每月 {budget} 的预算（当月 {cost}）；{months} 个月共 {total}。</translation>
    </message>
    <message>
        <source>{label} stays within the {budget} monthly budget for all {months} months; {total} in total.</source>
        <translation>{label} 在全部 {months} 个月内都不超出每月 {budget} 的预算；合计 {total}。</translation>
    </message>
    <message>
        <source>Over {months} months {cheap} costs {diff} less than {dear}.</source>
        <translation>{months} 个月内，{cheap} 比 {dear} 少花 {diff}。</translation>
    </message>
    <message>
        <source>Money in {currency} a month</source>
        <translation>金额单位：{currency}/月</translation>
    </message>
    <message>
        <source>Input tokens per month</source>
        <translation>每月输入 tokens</translation>
    </message>
    <message>
        <source>Output tokens per month</source>
        <translation>每月输出 tokens</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>每月请求数</translation>
    </message>
    <message>
        <source>not given (context tiers priced at the lowest tier)</source>
        <translation>未填写（上下文分档按最低档计价）</translation>
    </message>
    <message>
        <source>Cached share of input</source>
        <translation>输入缓存命中比例</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>基准日期</translation>
    </message>
    <message>
        <source>Current date</source>
        <translation>当前日期</translation>
    </message>
    <message>
        <source>Money shown in</source>
        <translation>金额币种</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Reference model</source>
        <translation>参照模型</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>月增长率</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>1-hour lifetime</source>
        <extracomment>Parts every priced model has; a breakdown is worth a table when others appear.</extracomment>
        <translation>有效期 1 小时</translation>
    </message>
    <message>
        <source>5-minute lifetime</source>
        <translation>有效期 5 分钟</translation>
    </message>
    <message>
        <source>Cache writes</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>{share} of input, {ttl}</source>
        <translation>输入的 {share}，{ttl}</translation>
    </message>
    <message>
        <source>Reasoning share of output</source>
        <translation>输出中的推理占比</translation>
    </message>
    <message>
        <source>Web searches per request</source>
        <translation>每请求联网搜索次数</translation>
    </message>
    <message>
        <source>Request sizes (input tokens, share of requests)</source>
        <translation>请求大小分布（输入词元，请求占比）</translation>
    </message>
    <message>
        <source>Batch share</source>
        <translation>批处理占比</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>服务等级</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>promotional prices where a promotion runs</source>
        <translation>促销期内使用促销价</translation>
    </message>
    <message>
        <source>Off-peak share</source>
        <translation>闲时占比</translation>
    </message>
    <message>
        <source>{share}, set by hand</source>
        <translation>{share}（手动设定）</translation>
    </message>
    <message>
        <source>Traffic by time</source>
        <translation>按时段的流量</translation>
    </message>
    <message>
        <source>{profile} profile in {zone}, spread over {month}</source>
        <translation>{profile}流量分布，时区 {zone}，铺开到 {month}</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>生成工具</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No models are selected.</source>
        <translation>未选择任何模型。</translation>
    </message>
    <message>
        <source>{model}: {before} → {after} a month ({change}), the biggest saving from {baseline} to {current}.</source>
        <translation>{model}：每月 {before} → {after}（{change}），是 {baseline} 至 {current} 期间节省最多的模型。</translation>
    </message>
    <message>
        <source>No model in this comparison got cheaper from {baseline} to {current}.</source>
        <translation>从 {baseline} 到 {current}，本次对比中没有模型降价。</translation>
    </message>
    <message>
        <source>Free on {current}: {models}.</source>
        <translation>{current} 免费：{models}。</translation>
    </message>
    <message>
        <source>Cheapest paid model on {current}: {model} at {month} a month, {year} a year.</source>
        <translation>{current} 最便宜的付费模型：{model}，每月 {month}，每年 {year}。</translation>
    </message>
    <message>
        <source>Cheapest on {current}: {model} at {month} a month, {year} a year.</source>
        <translation>{current} 最便宜：{model}，每月 {month}，每年 {year}。</translation>
    </message>
    <message>
        <source>Cheapest paid model on {current}: {model} at {month} a month, {year} a year, {request} per request.</source>
        <translation>{current} 最便宜的付费模型：{model}，每月 {month}，每年 {year}，每次请求 {request}。</translation>
    </message>
    <message>
        <source>Cheapest on {current}: {model} at {month} a month, {year} a year, {request} per request.</source>
        <translation>{current} 最便宜：{model}，每月 {month}，每年 {year}，每次请求 {request}。</translation>
    </message>
    <message>
        <source>No model in this comparison has a known price on {current}.</source>
        <translation>本次对比中没有模型在 {current} 有已知价格。</translation>
    </message>
    <message>
        <source>Switching from {reference} ({cost} a month) to {model} saves {saving} a month, {year} a year.</source>
        <translation>从 {reference}（每月 {cost}）换用 {model}，每月节省 {saving}，每年节省 {year}。</translation>
    </message>
    <message>
        <source>Spend per month ({currency}); ◀ the first month over the monthly budget</source>
        <translation>每月支出（{currency}）；◀ 表示首次超出每月预算的月份</translation>
    </message>
    <message>
        <source>Plans and budget</source>
        <translation>方案与预算</translation>
    </message>
    <message>
        <source>Monthly budget {budget}; each row grows at its own rate.</source>
        <translation>每月预算 {budget}；每行按各自的增长率增长。</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Drawing charts…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>展开全部</translation>
    </message>
    <message>
        <source>Show every note above the table</source>
        <translation>显示表格上方的全部说明</translation>
    </message>
    <message>
        <source>Keep the notes to two lines</source>
        <translation>说明只显示两行</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>Assumptions worth writing down (shown in reports)</source>
        <translation>值得记录的假设（会显示在报告中）</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>The file cannot be read.</source>
        <extracomment>At most this many request sizes in a mix. What is wrong with a scenario file, in one sentence; ``ScenarioError.key`` names one. Front ends show it translated (context &quot;Scenarios&quot;) above the detailed message.</extracomment>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>This is not a file but a folder, a device or a pipe.</source>
        <translation>这不是普通文件，而是文件夹、设备或管道。</translation>
    </message>
    <message>
        <source>The file is too big to be a scenario (at most 2 MB).</source>
        <translation>文件太大，不是场景文件（场景文件最大 2 MB）。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>该文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file is not valid JSON; it may be damaged or cut short.</source>
        <translation>该文件不是有效的 JSON，可能已损坏或不完整。</translation>
    </message>
    <message>
        <source>The file is not an LLM cost scenario.</source>
        <translation>该文件不是 LLM 成本场景文件。</translation>
    </message>
    <message>
        <source>The file was saved by a newer version of the app; update the app to open it.</source>
        <translation>该文件由更新版本的应用保存，请更新应用后再打开。</translation>
    </message>
    <message>
        <source>A value in the file has the wrong type or is out of range.</source>
        <translation>文件中有数值类型错误或超出范围。</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>priced</source>
        <translation>已定价</translation>
    </message>
    <message>
        <source>{n} priced</source>
        <translation>已定价 {n}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>{n} free</source>
        <translation>免费 {n}</translation>
    </message>
    <message>
        <source>Free: the vendor charges 0 for this model on {date}.</source>
        <translation>免费：{date} 厂商对该模型不收费。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{n} unknown</source>
        <translation>未知 {n}</translation>
    </message>
    <message>
        <source>Unknown: no published price was found for {date}; it is left out rather than counted as 0.</source>
        <translation>未知：未找到 {date} 的公开价格；不计入合计，而非按 0 计算。</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>未推出</translation>
    </message>
    <message>
        <source>{n} not offered</source>
        <translation>未推出 {n}</translation>
    </message>
    <message>
        <source>Not offered on {date}: first price record {launched}.</source>
        <translation>{date} 尚未推出：最早的价格记录为 {launched}。</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已下线</translation>
    </message>
    <message>
        <source>{n} retired</source>
        <translation>已下线 {n}</translation>
    </message>
    <message>
        <source>Retired: the vendor no longer sells this model on {date}.</source>
        <translation>已下线：{date} 厂商已停售该模型。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <source>flagship</source>
        <extracomment>Product tiers used in the catalog, translated when shown (context &quot;Tiers&quot;).</extracomment>
        <translation>旗舰</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>中端</translation>
    </message>
    <message>
        <source>lite</source>
        <translation>轻量</translation>
    </message>
    <message>
        <source>long-context</source>
        <translation>长上下文</translation>
    </message>
    <message>
        <source>open-weights</source>
        <translation>开源权重</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>旧版</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>TrafficEditor</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Flat (every hour alike)</source>
        <extracomment>The presets, by the engine&apos;s profile key (``calculator.engine.traffic.PROFILES``).</extracomment>
        <translation>均匀（每小时相同）</translation>
    </message>
    <message>
        <source>Business hours (Mon–Fri 09–18)</source>
        <translation>工作时间（周一至周五 9–18 点）</translation>
    </message>
    <message>
        <source>Evenings (18–24 every day)</source>
        <translation>晚间（每天 18–24 点）</translation>
    </message>
    <message>
        <source>Overnight batch (00–06 every day)</source>
        <translation>夜间批处理（每天 0–6 点）</translation>
    </message>
    <message>
        <source>{day} {start:02d}:00–{end:02d}:00: weight {weight}, {share} of the week&apos;s traffic</source>
        <extracomment>Monday to Friday, 09:00 to 18:00: the hours the summary reports on.</extracomment>
        <translation>{day} {start:02d}:00–{end:02d}:00：权重 {weight}，占一周流量的 {share}</translation>
    </message>
    <message>
        <source>Traffic by hour of the week</source>
        <translation>一周各小时的流量</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>从预设开始</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>（选择预设）</translation>
    </message>
    <message>
        <source>Select business hours</source>
        <translation>选中工作时间</translation>
    </message>
    <message>
        <source>Selected hours carry</source>
        <translation>选中的小时承担</translation>
    </message>
    <message>
        <source>of the traffic</source>
        <translation>的流量</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Scale the selected hours so they carry this share of the week&apos;s traffic; the other hours keep their proportions.</source>
        <translation>按比例调整选中的小时，使其承担一周流量的这一占比；其余小时保持相互比例不变。</translation>
    </message>
    <message>
        <source>or a weight of</source>
        <translation>或权重设为</translation>
    </message>
    <message>
        <source>Set for selection</source>
        <translation>应用到选中项</translation>
    </message>
    <message>
        <source>Hours in your time zone ({zone}), Monday 00:00 to Sunday 23:00. Weights are relative: double-click or type into a cell, or select hours (drag, Shift/Ctrl-click) and set them.</source>
        <translation>按您的时区（{zone}）计，从周一 00:00 到周日 23:00。权重为相对值：双击或直接在格中输入，或选中若干小时（拖动、Shift/Ctrl 点击）后统一设定。</translation>
    </message>
    <message>
        <source>Every hour is 0: give some hours traffic.</source>
        <translation>所有小时都为 0：请给部分小时设定流量。</translation>
    </message>
    <message>
        <source>Business hours (Mon–Fri 09:00–18:00) carry {b} of the traffic, the weekend {w}.</source>
        <translation>工作时间（周一至周五 09:00–18:00）承担 {b} 的流量，周末承担 {w}。</translation>
    </message>
    <message>
        <source>The {n} selected hours carry {s}.</source>
        <translation>选中的 {n} 个小时承担 {s}。</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update prices</source>
        <translation>更新价格</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Also import resellers and hosting platforms (OpenRouter, Azure, Bedrock…)</source>
        <translation>同时导入转售商和托管平台（OpenRouter、Azure、Bedrock…）</translation>
    </message>
    <message>
        <source>Check for new prices</source>
        <translation>检查新价格</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Nothing changes until you click Apply. Imported prices are third-party: marked uncertain, dated by the source.</source>
        <translation>点击“应用”之前，不会做任何更改。导入的价格来自第三方：标记为“待核实”，日期以数据源为准。</translation>
    </message>
    <message>
        <source>Choose a source and check it for new prices.</source>
        <translation>选择数据源，检查是否有新价格。</translation>
    </message>
    <message>
        <source>{url} · licence {licence}</source>
        <translation>{url} · 许可协议 {licence}</translation>
    </message>
    <message>
        <source>Downloading {source}…</source>
        <translation>正在下载 {source}…</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was changed.</source>
        <translation>下载已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>The update failed; nothing was changed.</source>
        <translation>更新失败；未做任何更改。</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>更新失败</translation>
    </message>
    <message>
        <source>{label}, prices checked {date} by the source.</source>
        <translation>{label}，数据源核对价格的日期为 {date}。</translation>
    </message>
    <message>
        <source>Nothing new: every price is already in your catalog.</source>
        <translation>没有新内容：所有价格均已在价格目录中。</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>WorkloadPanel</name>
    <message>
        <source>Input tokens / month</source>
        <extracomment>Which amount fields each mode shows, in order.</extracomment>
        <translation>输入 tokens / 月</translation>
    </message>
    <message>
        <source>Output tokens / month</source>
        <translation>输出 tokens / 月</translation>
    </message>
    <message>
        <source>Requests / month</source>
        <translation>请求数 / 月</translation>
    </message>
    <message>
        <source>Requests / day</source>
        <translation>请求数 / 日</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>Requests / user / day</source>
        <translation>每用户每日请求数</translation>
    </message>
    <message>
        <source>Input tokens / request</source>
        <translation>每次请求输入 tokens</translation>
    </message>
    <message>
        <source>Output tokens / request</source>
        <translation>每次请求输出 tokens</translation>
    </message>
    <message>
        <source>Monthly token totals</source>
        <translation>每月 tokens 总量</translation>
    </message>
    <message>
        <source>Requests per day × tokens</source>
        <translation>日请求数 × tokens</translation>
    </message>
    <message>
        <source>Users × requests × tokens</source>
        <translation>用户数 × 请求数 × tokens</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Volume as</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <source>optional, e.g. 50k</source>
        <translation>选填，例如 50k</translation>
    </message>
    <message>
        <source>Days / month</source>
        <translation>每月天数</translation>
    </message>
    <message>
        <source>Cached share of input</source>
        <extracomment>The name of each field a problem can point at, as the window labels it.</extracomment>
        <translation>输入缓存命中比例</translation>
    </message>
    <message>
        <source>Part of the input tokens served from the vendor&apos;s prompt cache, billed at the cached-input price where offered.</source>
        <translation>输入 tokens 中命中厂商提示词缓存（prompt cache）的比例；厂商提供缓存价格时，这部分按缓存命中输入价格计费。</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>月增长率</translation>
    </message>
    <message>
        <source> % / month</source>
        <translation> % / 月</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Fix the marked field; results show the last valid workload.</source>
        <translation>请修正标记的字段；当前结果基于上一次的有效用量。</translation>
    </message>
    <message>
        <source>Per month: {inp} input, {out} output tokens</source>
        <translation>每月：输入 {inp}，输出 {out} tokens</translation>
    </message>
    <message>
        <source>{n} requests</source>
        <translation>请求 {n} 次</translation>
    </message>
    <message>
        <source>request count not set</source>
        <translation>未设置请求数</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>These volumes come to more than {limit} tokens a month, more than the calculator prices.</source>
        <translation>这些用量合计每月超过 {limit} tokens，超出了计算器能计价的范围。</translation>
    </message>
</context>
</TS>
