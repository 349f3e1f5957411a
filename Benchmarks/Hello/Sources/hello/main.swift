import Foundation

FileHandle.standardOutput.write(Data("hello › ".utf8))
