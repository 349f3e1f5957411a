import CoachEngine
import ComplaintDomain
import Training

/// What a drill drafted from a real case says that the case cannot give, in the caller's own
/// language: the questions that draw each fact, how she reacts, what she says when she does not
/// know. Hong Kong Cantonese for Traditional Chinese (the scenario README's rules), and plain
/// words the trainer is expected to make her own.
public enum DrillWords {
    public static func wording(_ language: Language) -> CaseDrill.DrillWording {
        switch language {
        case .zhHant:
            CaseDrill.DrillWording(
                askedBy: [.since: ["幾時", "幾耐", "開始", "何時", "多久"], .location: ["邊度", "位置", "邊個位", "哪裡"],
                          .wants: ["想點", "希望", "要求", "想要", "點處理"], .realCause: ["最嬲", "最唔開心", "不滿", "之前", "點解"],
                          .coordinateWith: ["鄰居", "樓上", "樓下", "其他人", "傾過"]],
                reactions: Scenario.Reactions(
                    calmer: ["好啦，你肯聽我講就好。", "嗯，咁你記清楚啲。", "你咁講我就放心少少。"],
                    angrier: ["你唔好同我講呢啲！", "又係咁，次次都係咁！", "我唔想聽解釋，我想有人處理！"],
                    interrupted: ["你等我講完先啦！", "喂，我仲未講完呀！", "聽我講完先，得唔得？"],
                    repeated: ["你講咗喇。", "又係呢句？", "得喇，我聽到喇，做嘢啦。"],
                    puzzled: ["吓？你講咩呀？", "你講嘅同我件事有咩關係？", "我唔明你講乜，講清楚啲。"]),
                unknownAnswer: "呢樣我就唔清楚喇，你哋自己查下啦。",
                manner: "由真實個案改編：請按當日來電者的語氣、最在意的事補寫。",
                opening: "喂，管理處呀？我想投訴。", titleSuffix: "（真實個案改編）")
        case .zhHans:
            CaseDrill.DrillWording(
                askedBy: [.since: ["什么时候", "多久", "开始", "几时"], .location: ["哪里", "位置", "哪个位置"],
                          .wants: ["希望", "要求", "想要", "怎样处理"], .realCause: ["不满", "之前", "为什么", "最生气"],
                          .coordinateWith: ["邻居", "楼上", "楼下", "其他人", "谈过"]],
                reactions: Scenario.Reactions(
                    calmer: ["好吧，你肯听我说就好。", "嗯，那你记清楚。", "你这样说我就放心一点。"],
                    angrier: ["你别跟我说这些！", "又是这样，每次都这样！", "我不想听解释，我要有人处理！"],
                    interrupted: ["你等我说完！", "喂，我还没说完！", "先听我说完，行不行？"],
                    repeated: ["你说过了。", "又是这句？", "行了，我听到了，快去办吧。"],
                    puzzled: ["啊？你说什么？", "这跟我的事有什么关系？", "我不明白你的意思，说清楚点。"]),
                unknownAnswer: "这个我就不清楚了，你们自己查一下吧。",
                manner: "由真实个案改编：请按当日来电者的语气、最在意的事补写。",
                opening: "喂，管理处吗？我想投诉。", titleSuffix: "（真实个案改编）")
        case .en:
            CaseDrill.DrillWording(
                askedBy: [.since: ["when", "how long", "since", "start"], .location: ["where", "which part", "location"],
                          .wants: ["want", "like us to", "hope", "expect"], .realCause: ["before", "why", "upset", "most"],
                          .coordinateWith: ["neighbour", "upstairs", "downstairs", "anyone else", "spoken to"]],
                reactions: Scenario.Reactions(
                    calmer: ["Okay, thank you for listening.", "Right, please make sure it's written down.", "That makes me feel a bit better."],
                    angrier: ["Don't give me that!", "It's always the same with you people!", "I don't want excuses, I want it fixed!"],
                    interrupted: ["Let me finish, please!", "I haven't finished yet!", "Can you let me finish?"],
                    repeated: ["You said that already.", "That again?", "Fine, I heard you. Just get on with it."],
                    puzzled: ["Sorry, what?", "What has that got to do with my complaint?", "I don't follow you."]),
                unknownAnswer: "I really don't know that. Don't you have it on record?",
                manner: "From a real case: add how the caller spoke and what mattered most to her.",
                opening: "Hello, management office? I want to make a complaint.", titleSuffix: " (from a real case)")
        }
    }
}
