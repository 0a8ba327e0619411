"""Team mode in the app: File → チームのデータベースに接続… (connect, test, upload, remember) and 切断."""
