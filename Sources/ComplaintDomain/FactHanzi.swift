/// Traditional characters read as Simplified, for matching only: a word list written once in
/// Traditional (樓, 禮拜, 陳) hears 楼, 礼拜, 陈 too. It holds the characters the fact readers'
/// words use and the commonest others (for telling which script a line is in); each pair is
/// ICU's Traditional-Simplified reading, which the tests check it against. Values are never
/// taken from here: what was typed is what is proposed.
enum FactHanzi {
    static func simplified(_ c: Character) -> Character {
        guard !c.isASCII, c.unicodeScalars.count == 1 else { return c }
        return table[FactLine.code(c)] ?? c
    }

    /// `simplified` for a character that is the one scalar `scalar`: nil when it has no other form.
    static func simplified(scalar: UInt32) -> Character? { table[scalar] }

    /// A character only Traditional writes (樓, 個), which makes a line Traditional.
    static func isTraditionalOnly(_ c: Character) -> Bool { !c.isASCII && table[FactLine.code(c)] != nil }

    /// A character only Simplified writes (楼, 个): the table's values that are not also
    /// Traditional (后, 干, 系 are both, so they are left out).
    static func isSimplifiedOnly(_ c: Character) -> Bool { simplifiedOnly.contains(c) }

    /// Each pair: Traditional, then Simplified.
    static let pairs = """
        乾干 亂乱 來来 係系 個个 們们 儘尽 償偿 兇凶 內内 兩两 凍冻 劉刘 勁劲 動动 區区
        參参 吳吴 員员 問问 喎㖞 單单 嗎吗 噚㖊 嚴严 囂嚣 囉啰 國国 園园 報报 場场 壞坏
        夢梦 媽妈 孫孙 學学 實实 寬宽 寶宝 將将 專专 尋寻 對对 層层 師师 帳帐 幣币 幫帮
        幾几 廁厕 廚厨 廳厅 張张 強强 後后 從从 復复 悶闷 惡恶 愛爱 態态 應应 戶户 掃扫
        換换 損损 搵揾 擔担 據据 擠挤 擴扩 時时 晝昼 會会 東东 棟栋 楊杨 業业 極极 樂乐
        樑梁 樓楼 樣样 樹树 橋桥 機机 橫横 檢检 權权 歐欧 殘残 氣气 決决 沒没 淨净 淺浅
        湯汤 溫温 潔洁 濕湿 灣湾 為为 無无 煩烦 熱热 燈灯 獎奖 現现 產产 當当 療疗 發发
        盡尽 盧卢 確确 禮礼 種种 範范 簡简 籬篱 紀纪 約约 細细 絡络 給给 經经 維维 網网
        緊紧 線线 編编 總总 繫系 罰罚 羅罗 聖圣 聯联 聶聂 聽听 臺台 舊旧 舖铺 莊庄 葉叶
        著着 蔣蒋 蕭萧 藥药 蘇苏 處处 號号 蟲虫 蠔蚝 蠻蛮 裝装 裡里 見见 規规 親亲 訂订
        計计 設设 許许 訴诉 詢询 話话 該该 誇夸 認认 誕诞 說说 課课 調调 請请 諗谂 諸诸
        講讲 謝谢 譚谭 議议 讓让 負负 責责 貴贵 買买 費费 資资 賠赔 賣卖 賬账 賴赖 賽赛
        趙赵 車车 較较 輕轻 這这 連连 週周 進进 運运 過过 達达 遠远 遲迟 還还 邊边 鄔邬
        鄧邓 鄭郑 鄰邻 鄺邝 醫医 鋪铺 錢钱 鍾钟 鎖锁 鏽锈 鐘钟 長长 門门 開开 間间 閘闸
        闊阔 關关 陣阵 陳陈 陸陆 陽阳 隊队 際际 隨随 險险 雙双 離离 難难 雲云 電电 靜静
        韋韦 響响 預预 頭头 題题 顏颜 願愿 類类 顧顾 風风 飛飞 飯饭 餘余 饒饶 馬马 馮冯
        駱骆 騎骑 體体 髮发 鬆松 鬧闹 鮑鲍 鮮鲜 鹹咸 麥麦 麵面 麼么 黃黄 點点 齊齐 齡龄
        龍龙 龐庞 團团 憑凭
        """

    /// Keyed by the Traditional character's scalar, which hashes faster than a Character.
    private static let table: [UInt32: Character] = Dictionary(
        uniqueKeysWithValues: pairs.split(whereSeparator: \.isWhitespace).map { (FactLine.code($0.first!), $0.last!) })

    private static let simplifiedOnly = Set("""
        㖊㖞专业东两严个为么乐买乱云产亲从们会体偿关内冯决冻净刘动劲区医单卖卢厅厕厨参双
        发叶号吗听吴员响啰嚣园国圣场坏处复头夸奖妈孙学宝实宽对寻将尽层币师帐帮庄应庞开张
        强当态总恶愿户扩扫报担挤损换据揾无旧时昼机权来杨极栋树样桥梦检楼横欧残气汤没洁浅
        温湾湿灯点烦热爱现电疗确礼离种简篱类紧约纪线细经给络维编网罗罚聂联苏药萧蒋虫蚝蛮
        装见规计订认让议讲许设诉话诞询该说请诸课谂调谢谭负责账贵费资赔赖赛赵车轻较边达过
        运还这进远连迟邓邝邬邻郑钟钱铺锁锈长门问间闷闸闹阔队阳阵际陆陈险随难静韦顾预题颜
        风飞饭饶马骆骑鲍鲜麦黄齐龄龙团凭
        """.filter { !$0.isWhitespace })
}
