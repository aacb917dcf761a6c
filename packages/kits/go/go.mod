module github.com/error-contract/kits/go

go 1.26
