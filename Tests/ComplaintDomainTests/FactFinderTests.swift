import Foundation
import Testing
@testable import ComplaintDomain

/// The buildings of the shipped guidance/organization.yaml.
let factFinder = FactFinder(buildings: ["A座", "B座", "C座", "商場", "停車場"])

/// Lines as a receptionist types what the caller says, and every fact each should propose
/// ("field=value"). Nothing else may be proposed: a line listed with [] must propose nothing.
let factTable: [(line: String, facts: [String])] = [
    // Traditional Chinese, Cantonese as spoken; lines from the training scenarios among them.
    ("陳太話12樓C室個廁所漏水成個禮拜，要今日即刻派人上嚟睇，電話9123 4567",
     ["name=陳太", "unit=12樓C室", "contact=9123 4567", "since=成個禮拜", "wants=要今日即刻派人上嚟睇"]),
    ("喂？管理處呀？我A座12樓B室陳大文，我又要投訴呀！", ["name=陳大文", "building=A座", "unit=12樓B室"]),
    ("我係A座5樓F室何太，我門口條走廊盞燈壞咗好耐喇，黑麻麻㗎。", ["name=何太", "building=A座", "unit=5樓F室", "since=好耐"]),
    ("你好，我住B座8樓C室，姓黃。", ["name=黃", "building=B座", "unit=8樓C室"]),
    ("我係C座20樓嘅住戶，啱啱出門口倒垃圾，覺得走廊有陣煤氣味。", ["standing=occupant", "building=C座", "unit=20樓"]),
    ("喂，早晨，係咪管理處？我C座15樓H室嘅住戶。", ["standing=occupant", "building=C座", "unit=15樓H室"]),
    ("我B2層118號車位又俾人泊咗呀！我自己架車而家冇位泊", ["unit=B2層118號車位"]),
    ("樓上13樓B室係租客住，我上去拍過門，佢話唔關佢事", []),
    ("我要你哋今日派人上嚟睇清楚", ["wants=要你哋今日派人上嚟睇清楚"]),
    ("我係業主，住12C", ["standing=owner", "unit=12樓C室"]),
    ("李生打嚟話停車場成晚有人飆車", ["name=李生", "building=停車場", "since=成晚"]),
    ("黃小姐，B座十二樓C室，琴晚開始冇熱水", ["name=黃小姐", "building=B座", "unit=12樓C室", "since=琴晚開始"]),
    ("張先生話部𨋢由上個月開始成日壞", ["name=張先生", "since=由上個月開始"]),
    ("何伯投訴商場啲廁所臭到頂唔順", ["name=何伯", "building=商場"]),
    ("我姓陳，電話係 6123-4567", ["name=陳", "contact=6123 4567"]),
    ("聯絡電話：+852 9876 5432", ["contact=9876 5432"]),
    ("佢個手機係(852) 51234567", ["contact=5123 4567"]),
    ("司徒先生想你哋盡快處理", ["name=司徒先生", "wants=想你哋盡快處理"]),
    ("歐陽小姐住C座3樓", ["name=歐陽小姐", "building=C座", "unit=3樓"]),
    ("本人是B座23樓A室業主張國強。", ["name=張國強", "standing=owner", "building=B座", "unit=23樓A室"]),
    ("我住地下A室", ["unit=地下A室"]),
    ("1203室冷氣漏水", ["unit=1203室"]),
    ("3樓走廊啲燈壞咗三日", ["unit=3樓", "since=三日"]),
    ("三日內一定要搞掂", ["wants=一定要搞掂"]),
    ("我要見經理", ["wants=要見經理"]),
    ("我要求賠償", ["wants=要求賠償"]),
    ("希望你哋盡快跟進", ["wants=希望你哋盡快跟進"]),
    ("即刻派人上嚟", ["wants=即刻派人上嚟"]),
    ("派人上嚟睇下啦", ["wants=派人上嚟睇下"]),
    ("上星期三開始部冷氣機滴水", ["since=上星期三開始"]),
    ("噚晚12點開始樓上好嘈", ["since=噚晚12點開始"]),
    ("今朝一起身就發覺冇水", ["since=今朝"]),
    ("三個月前已經同你哋講過", ["since=三個月前"]),
    ("兩個月嚟都係咁", ["since=兩個月"]),
    ("半年前整過一次，又壞", ["since=半年前"]),
    ("A棟大堂道門壞咗", ["building=A座"]),
    ("停車場B2層好多積水", ["building=停車場"]),
    ("我係Mrs Chan", ["name=Mrs Chan"]),
    ("朱太佢個仔話部電梯困咗人", ["name=朱太"]),
    ("我唔係業主，我係租客", ["standing=occupant"]),
    ("黃太太話樓上漏水", ["name=黃太太"]),
    ("我叫李美玲，住B座", ["name=李美玲", "building=B座"]),
    ("林先生嘅電話係 2345 6789", ["name=林先生", "contact=2345 6789"]),
    ("成個月都冇人理", ["since=成個月"]),
    ("兩日前開始有怪味", ["since=兩日前開始"]),
    ("琴日下晝開始停水", ["since=琴日下晝開始"]),
    ("前幾日已經漏水", ["since=前幾日"]),
    ("我想你哋派人檢查下條喉", ["wants=想你哋派人檢查下條喉"]),
    ("想換過個水錶", ["wants=想換過個水錶"]),
    ("唔該盡快安排師傅上嚟", ["wants=唔該盡快安排師傅上嚟"]),
    ("Flat 12C, Block A", ["building=A座", "unit=Flat C, 12/F"]),
    ("我哋係C座30樓A室嘅業主", ["standing=owner", "building=C座", "unit=30樓A室"]),
    ("我要你哋即刻停止啲裝修工程", ["wants=要你哋即刻停止啲裝修工程"]),
    ("冇人理我成個禮拜", ["since=成個禮拜"]),
    ("鄧生話佢上個禮拜五已經報過", ["name=鄧生", "since=上個禮拜五"]),
    ("我姓梁，梁太", ["name=梁太"]),
    ("9123 4567係我手機", ["contact=9123 4567"]),
    ("我個電話號碼係 2123 4567", ["contact=2123 4567"]),
    ("我住喺5樓", ["unit=5樓"]),
    ("十樓C室", ["unit=10樓C室"]),
    ("二十三樓A室", ["unit=23樓A室"]),
    ("B座23/F Flat A", ["building=B座", "unit=23樓A室"]),
    ("我要求你哋書面回覆", ["wants=要求你哋書面回覆"]),
    ("聽講係C座嘅住客搞出嚟", ["building=C座"]),
    ("由佢搬入嚟開始就好嘈", ["since=由佢搬入嚟開始"]),
    ("自從上次維修之後就成日漏水", ["since=自從上次維修之後"]),
    ("一年幾都冇人理", ["since=一年幾"]),
    ("呢幾日部𨋢成日壞", ["since=呢幾日"]),
    ("你哋可唔可以今晚派人嚟", ["wants=可唔可以今晚派人嚟"]),
    ("蔡小姐要求退返多收嘅管理費", ["name=蔡小姐", "wants=要求退返多收嘅管理費"]),
    ("周太話佢上周已經打過嚟", ["name=周太", "since=上周"]),
    ("麥太住Ｃ座１２樓Ｄ室，電話：９１２３４５６７", ["name=麥太", "building=C座", "unit=12樓D室", "contact=9123 4567"]),
    ("潘生 A座 8樓E室 漏水 兩個禮拜 要即刻派人嚟睇", ["name=潘生", "building=A座", "unit=8樓E室", "since=兩個禮拜", "wants=要即刻派人嚟睇"]),
    ("我係住喺商場樓上嘅住戶", ["standing=occupant", "building=商場"]),
    ("今日下晝三點左右開始", ["since=今日下晝三點左右開始"]),
    ("上個月15號開始", ["since=上個月15號開始"]),
    ("呢個問題已經有兩年", ["since=兩年"]),
    ("我兩個禮拜前已經報咗", ["since=兩個禮拜前"]),
    ("過咗兩個禮拜都冇人覆", ["since=兩個禮拜"]),
    ("B座大堂部升降機由今朝開始停咗", ["building=B座", "since=由今朝開始"]),
    ("我希望唔好再有下次", ["wants=希望唔好再有下次"]),
    ("你哋要賠錢俾我", ["wants=要賠錢俾我"]),
    ("可唔可以幫我搵師傅整返個水龍頭", ["wants=可唔可以幫我搵師傅整返個水龍頭"]),
    ("我係12樓C室嘅租客黃小姐", ["name=黃小姐", "standing=occupant", "unit=12樓C室"]),
    ("A座 12C 陳生 91234567", ["name=陳生", "building=A座", "unit=12樓C室", "contact=9123 4567"]),
    ("我係B座嘅業主，姓張", ["name=張", "standing=owner", "building=B座"]),
    ("我係呢度住咗十年嘅業主", ["standing=owner"]),
    ("電話：2345 6789 / 9876 5432", ["contact=2345 6789"]),
    ("Shop 118, 1/F 門口漏水", ["unit=Shop 118, 1/F"]),
    ("地下118號舖", ["unit=地下118號舖"]),

    // Simplified Chinese.
    ("陈太说12楼C室厕所漏水一个礼拜了，要求今天派人来看，电话9123 4567",
     ["name=陈太", "unit=12楼C室", "contact=9123 4567", "since=一个礼拜", "wants=要求今天派人来看"]),
    ("我是业主，住B栋十二楼C室", ["standing=owner", "building=B座", "unit=12楼C室"]),
    ("我是王小明，住在A座", ["name=王小明", "building=A座"]),
    ("张先生说停车场从上个月开始就有积水", ["name=张先生", "building=停車場", "since=从上个月开始"]),
    ("我是租户", ["standing=occupant"]),
    ("希望你们尽快处理", ["wants=希望你们尽快处理"]),
    ("昨天晚上开始电梯一直响", ["since=昨天晚上开始"]),
    ("这几天楼上很吵", ["since=这几天"]),
    ("我姓刘，电话 98765432", ["name=刘", "contact=9876 5432"]),
    ("1203室的空调滴水三天了", ["unit=1203室", "since=三天"]),
    ("黄小姐要求赔偿", ["name=黄小姐", "wants=要求赔偿"]),
    ("上周开始水压很低", ["since=上周开始"]),
    ("请马上派人上来", ["wants=请马上派人上来"]),
    ("十二楼C室的住户说楼上漏水", ["unit=12楼C室"]),
    ("住12C的何先生说商场的厕所很脏", ["name=何先生", "building=商場", "unit=12楼C室"]),
    ("我们是C座的租客，已经投诉了两个星期", ["standing=occupant", "building=C座", "since=两个星期"]),
    ("我想你们派人检查一下水管", ["wants=想你们派人检查一下水管"]),
    ("郑太太住A栋3楼", ["name=郑太太", "building=A座", "unit=3楼"]),
    ("我是3楼的住户，姓陈", ["name=陈", "standing=occupant", "unit=3楼"]),
    ("昨天开始一直漏水，我要求你们马上处理", ["since=昨天开始", "wants=要求你们马上处理"]),
    ("我是这里的业主，我姓黄，电话是 6234 5678", ["name=黄", "standing=owner", "contact=6234 5678"]),
    ("麻烦你们派个师傅过来看看", ["wants=麻烦你们派个师傅过来看看"]),
    ("上个星期五晚上开始停电", ["since=上个星期五晚上开始"]),

    // English.
    ("Mrs Chan from 12/F Flat C, Block A says her toilet has been leaking for a week, please send someone today, tel 9123 4567",
     ["name=Mrs Chan", "building=A座", "unit=Flat C, 12/F", "contact=9123 4567", "since=for a week", "wants=send someone today"]),
    ("This is Mr. Wong, Flat 12C", ["name=Mr Wong", "unit=Flat C, 12/F"]),
    ("My name is Peter Chan and I'm the owner of Room 1203", ["name=Peter Chan", "standing=owner", "unit=Room 1203"]),
    ("I'm a tenant in Tower B", ["standing=occupant", "building=B座"]),
    ("The lift has been broken since last week", ["since=since last week"]),
    ("It's been noisy for three days", ["since=for three days"]),
    ("Two weeks now and nobody came", ["since=Two weeks now"]),
    ("It started yesterday", ["since=yesterday"]),
    ("I want a refund", ["wants=a refund"]),
    ("Could you send someone up this afternoon?", ["wants=send someone up this afternoon"]),
    ("Call me on +852 6123 4567", ["contact=6123 4567"]),
    ("Ms Lee, G/F, Shop 5", ["name=Ms Lee", "unit=Shop 5, G/F"]),
    ("Dr Ho in Block C says the car park gate is broken", ["name=Dr Ho", "building=C座"]),
    ("I'm not the owner, I'm the tenant", ["standing=occupant"]),
    ("We've had no water since Monday morning", ["since=since Monday morning"]),
    ("there's too much noise, please ask them to stop", ["wants=ask them to stop"]),
    ("Mr Szeto, 3/F", ["name=Mr Szeto", "unit=3/F"]),
    ("I'm calling about my tenant in 8B", ["unit=Flat B, 8/F"]),
    ("The leak started three days ago", ["since=three days ago"]),
    ("It has been like this for the past few weeks", ["since=the past few weeks"]),
    ("I'd like to see the manager", ["wants=see the manager"]),
    ("please fix it today", ["wants=fix it today"]),
    ("Mrs chan called again", ["name=Mrs Chan"]),
    ("call 2345-6789 after 6pm", ["contact=2345 6789"]),
    ("Tower A, 15th floor, flat D", ["building=A座", "unit=Flat D, 15/F"]),
    ("I live on the ground floor", ["unit=G/F"]),
    ("I want you to repair the gate today", ["wants=repair the gate today"]),
    ("We rent Flat 3A in the mall", ["standing=occupant", "building=商場", "unit=Flat A, 3/F"]),
    ("my name is Mary", ["name=Mary"]),
    ("Unit 1203, Block C, I am the registered owner", ["standing=owner", "building=C座", "unit=Unit 1203"]),
    ("The car park lights have been off all week", ["building=停車場", "since=all week"]),
    ("Hello, this is Jenny Wong from 23A, Block C", ["name=Jenny Wong", "building=C座", "unit=Flat A, 23/F"]),
    ("I'm the owner of Flat B on the 8th floor", ["standing=owner", "unit=Flat B, 8/F"]),
    ("I am the tenant of 5/F, Flat A", ["standing=occupant", "unit=Flat A, 5/F"]),
    ("I need you to send a plumber", ["wants=send a plumber"]),
    ("It's been three weeks", ["since=three weeks"]),
    ("Since Tuesday night the lift has been out", ["since=Since Tuesday night"]),
    ("The noise started last Friday", ["since=last Friday"]),
    ("the water has been brown since the renovation started", ["since=since the renovation started"]),
    ("Miss Cheung, shop G12 in the mall", ["name=Miss Cheung", "building=商場", "unit=Shop G12"]),
    ("I'm in room 1508", ["unit=Room 1508"]),
    ("we are owners", ["standing=owner"]),
    ("the money's been gone since the 3rd", ["since=since the 3rd"]),
    ("Just get someone there now to get her out", ["wants=Just get someone there now to get her out"]),

    // Nothing to propose: numbers that are not units or phones, titles after no surname, 要 and 想 that ask nothing.
    ("12點開始好嘈", []),
    ("管理費太貴", []),
    ("醫生話佢唔可以再聞油漆味", []),
    ("學生好嘈", []),
    ("個case 261130-001", []),
    ("$12,345,678", []),
    ("2026年12月3日", []),
    ("地方太細，啲人行唔到", []),
    ("啲租金太貴", []),
    ("好生氣呀，你哋成日都係咁", []),
    ("先生，你聽我講", []),
    ("我等咗三個鐘太耐喇", []),
    ("12歲個仔喺度玩", []),
    ("佢俾咗120蚊", []),
    ("係咪12號嚟整？", []),
    ("地下好濕，好易跌親", []),
    ("一個禮拜兩次咁嘈", []),
    ("再等兩日就有人嚟", []),
    ("我想投訴你哋保安", []),
    ("我想問下幾時有人嚟整", []),
    ("我老公係業主", []),
    ("我同業主講咗好多次", []),
    ("水浸到地下", []),
    ("成日都有人喺後樓梯食煙", []),
    ("我好嬲呀，你哋係咪想我死呀", []),
    ("佢哋太嘈喇", []),
    ("佢哋話要報警", []),
    ("管理處啲職員太冇禮貌", []),
    ("個單號係 91234567", []),
    ("HK$91234567", []),
    ("俾咗 $2000 按金", []),
    ("行李太多", []),
    ("每次等十分鐘太誇張", []),
    ("啲設施太舊", []),
    ("佢年紀太大", []),
    ("5G訊號好差", []),
    ("賠我10K", []),
    ("第三日都仲未有人嚟", []),
    ("啲水由天花滴落嚟", []),
    ("工程太慢", []),
    ("管理费太贵了", []),
    ("医生说不能闻油漆味", []),
    ("学生很吵", []),
    ("小区太吵了", []),
    ("我想投诉你们的保安", []),
    ("需要几天先可以整好？", []),
    ("Case 261130-001 was closed but it's leaking again", []),
    ("I paid $12,345,678 for this flat", []),
    ("Meeting on 2026-12-03 at 12:30", []),
    ("I want to complain about the guard", []),
    ("Can you hear me?", []),
    ("The guard was very rude to my wife", []),
    ("She said the rent is too high", []),
    ("account no. 91234567", []),
    ("received 20261203", []),
    ("My number is 9123 45678", []),
    ("they block a lot of the corridor", []),
    ("I'll call back tomorrow", []),
    ("since you are the manager you should know", []),
    ("the fireplace in room C is fine", []),
    ("My landlord never answers", []),
    ("我係代表業主打嚟嘅", []),
    ("我係業主嘅朋友", []),
    ("業主話要加租", []),
    ("點解你哋唔理", []),
    ("星期一先得閒", []),
    ("有一日佢喺大堂大嗌", []),
    ("樓下12樓D室啲油煙攻晒上嚟", []),
    ("陳經理上次話會處理", []),
    ("我已經打咗三次電話嚟", []),
    ("佢哋日日都搬嘢，好大聲", []),
    ("物业的人说下周来修", []),
    ("楼上的邻居天天很吵", []),
    ("我们小区的物业太差了", []),
    ("我想咨询一下", []),
    ("I've lived here for ten years", []),
    ("I have been waiting for 2 hours", []),
    ("I will call again at 3pm", []),
    ("My tenant says the air-con leaks", []),
    ("我知要業主立案法團通過先得", []),
    ("又係「冇辦法」？咁請你哋返嚟做乜？", []),
    ("好，唔該你，咁我放工返嚟睇下。", []),
    ("Please don't put me on hold again.", []),
    ("I'm the owner's son", []),
    ("", []),
]

/// Lines where the reader falls short of what a person would propose, kept so the figures count
/// them and a change in what they give is seen: the line, what should be proposed, what is.
let factLimits: [(line: String, ideal: [String], actual: [String])] = [
    // A floor said as the place of the trouble, not the caller's unit.
    ("商場二樓個升降機壞咗", ["building=商場"], ["building=商場", "unit=2樓"]),
    // 生日日 reads as 生日 (birthday), so 陳生 is missed.
    ("陳生日日都喺度泊車", ["name=陳生"], []),
    // The owner of another flat: its unit is proposed.
    ("The owner of 13C is never home", [], ["unit=Flat C, 13/F"]),
    // Standing said of the caller in the third person is not read.
    ("業主張國強打嚟", ["name=張國強", "standing=owner"], ["name=張國強"]),
    ("歐陽小姐係租客", ["name=歐陽小姐", "standing=occupant"], ["name=歐陽小姐"]),
    // "Last week" as when they were busy, not since when.
    ("上周太忙冇時間打嚟", [], ["since=上周"]),
    // Two units: the first is proposed though the caller's is the second.
    ("佢住12C，我住12D", ["unit=12樓D室"], ["unit=12樓C室"]),
    // Call me back is a request, but not one the reader knows.
    ("打返俾我 9123-4567 唔該", ["contact=9123 4567", "wants=打返俾我"], ["contact=9123 4567"]),    // A floor said in a way the reader does not join: 12/F and C 室 apart.
    ("陳太 12/F C 室", ["name=陳太", "unit=12樓C室"], ["name=陳太", "unit=12樓"]),
    // A floor where the lift stopped, not the caller's.
    ("部𨋢喺12樓同13樓中間停咗", [], ["unit=12樓"]),
    // How long someone talked, read as since when.
    ("佢講咗成個鐘", [], ["since=成個鐘"]),
    // A member of staff named with a title reads as the caller.
    ("The security guard Mr Lam was rude", [], ["name=Mr Lam"]),
]

/// A proposal as "field=value".
func proposals(_ line: String) -> [String] {
    factFinder.facts(in: line).map { "\($0.field.rawValue)=\($0.value)" }
}

/// The expected facts in FactField order, as the finder returns them.
func inFieldOrder(_ facts: [String]) -> [String] {
    facts.sorted { a, b in
        let order = FactField.allCases.map(\.rawValue)
        return order.firstIndex(of: String(a.prefix { $0 != "=" }))! < order.firstIndex(of: String(b.prefix { $0 != "=" }))!
    }
}

@Suite("Fact finder")
struct FactFinderTests {
    @Test("each line proposes exactly its facts", arguments: factTable)
    func table(line: String, facts: [String]) {
        #expect(proposals(line) == inFieldOrder(facts), "\(line)")
    }

    @Test("known limits give what they are recorded to give", arguments: factLimits)
    func limits(line: String, ideal: [String], actual: [String]) {
        #expect(proposals(line) == inFieldOrder(actual), "\(line)")
        #expect(ideal != actual)
    }

    @Test("heard is the clause the fact came from, as typed")
    func heard() {
        let facts = factFinder.facts(in: "陳太話12樓C室個廁所漏水成個禮拜，要今日即刻派人上嚟睇，電話9123 4567")
        #expect(facts.map(\.heard) == [
            "陳太話12樓C室個廁所漏水成個禮拜", "陳太話12樓C室個廁所漏水成個禮拜", "電話9123 4567",
            "陳太話12樓C室個廁所漏水成個禮拜", "要今日即刻派人上嚟睇",
        ])
        let english = factFinder.facts(in: "Mrs Chan, Flat C, 12/F, Block A")
        #expect(english.first { $0.field == .unit }?.heard == "Flat C, 12/F")
        #expect(english.first { $0.field == .name }?.heard == "Mrs Chan")
        // Full-width characters are proposed folded but heard as typed.
        let wide = factFinder.facts(in: "麥太住Ｃ座１２樓Ｄ室")
        #expect(wide.first { $0.field == .unit }?.value == "12樓D室")
        #expect(wide.first { $0.field == .unit }?.heard == "麥太住Ｃ座１２樓Ｄ室")
    }

    @Test("a building is read only from the organisation's list; a name inside a longer one gives way")
    func buildings() {
        let finder = FactFinder(buildings: ["A座", "A座商場", "海景花園"])
        #expect(finder.facts(in: "A座商場個廁所壞咗").map(\.value) == ["A座商場"])
        #expect(finder.facts(in: "Block A lobby").map(\.value) == ["A座"])
        #expect(finder.facts(in: "海景花园三座").map(\.value) == ["海景花園"])
        #expect(finder.facts(in: "C座大堂").isEmpty)
        #expect(FactFinder(buildings: []).facts(in: "A座12樓C室").map(\.field) == [.unit])
    }

    @Test("standing values are Standing's raw values")
    func standingValues() {
        let values = factTable.flatMap(\.facts).filter { $0.hasPrefix("standing=") }.map { String($0.dropFirst(9)) }
        #expect(Set(values).isSubset(of: Set(Standing.allCases.map(\.rawValue))))
    }

    @Test("the Traditional-Simplified table agrees with ICU")
    func hanziTable() {
        for pair in FactHanzi.pairs.split(whereSeparator: \.isWhitespace) {
            let icu = String(pair.first!).applyingTransform(StringTransform(rawValue: "Traditional-Simplified"), reverse: false)
            #expect(icu == String(pair.last!), "\(pair)")
        }
    }

    @Test("every Traditional character in the readers' words is in the table, so their Simplified is heard too")
    func hanziCoverage() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ComplaintDomain")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path)
            .filter { $0.hasPrefix("Fact") && $0 != "FactHanzi.swift" }
        #expect(files.count > 10)
        let table = Set(FactHanzi.pairs.split(whereSeparator: \.isWhitespace).map { $0.first! })
        var missing: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                var quoted = false
                for c in line {
                    if c == "\"" { quoted.toggle() }
                    guard quoted, c.isHan, let simplified = String(c).applyingTransform(StringTransform(rawValue: "Traditional-Simplified"), reverse: false),
                          simplified != String(c) else { continue }
                    if !table.contains(c) { missing.append("\(file): \(c) → \(simplified)") }
                }
            }
        }
        #expect(missing.isEmpty)
    }

    @Test("precision and recall over the table and the limits, and the time per line")
    func figures() {
        var proposed = 0, correct = 0, expected = 0
        let cases = factTable.map { ($0.line, $0.facts) } + factLimits.map { ($0.line, $0.ideal) }
        for (line, facts) in cases {
            let got = Set(proposals(line)), want = Set(facts)
            proposed += got.count
            expected += want.count
            correct += got.intersection(want).count
        }
        let lines = cases.map(\.0)
        let rounds = 20
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds { for line in lines { _ = factFinder.facts(in: line) } }
        }
        let perLine = elapsed / (rounds * lines.count)
        let precision = Double(correct) / Double(max(proposed, 1)), recall = Double(correct) / Double(max(expected, 1))
        print("FactFinder: \(lines.count) lines, \(expected) facts expected, \(proposed) proposed, \(correct) right;"
              + " precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall)), \(perLine) per line")
        #expect(precision > 0.95)
        #expect(recall > 0.9)
    }
}
